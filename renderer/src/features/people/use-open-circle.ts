import { useEffect, useState } from 'react'
import type { OpenResult } from '../../data/circle-registry'
import { useCircles } from '../../app/services'
import { useStore } from '../../app/use-store'

/** Opens a circle for the screen that shows it; null while loading. */
export function useOpenCircle(circleId: string): OpenResult | null {
  const circles = useCircles()
  const revision = useStore(circles.revision)
  const [state, setState] = useState<{ id: string; revision: number; result: OpenResult } | null>(
    null,
  )
  useEffect(() => {
    let live = true
    circles.open(circleId).then(
      (result) => live && setState({ id: circleId, revision, result }),
      (err: unknown) => {
        console.error(err)
        if (live) setState({ id: circleId, revision, result: { ok: false, reason: 'damaged' } })
      },
    )
    return () => {
      live = false
    }
  }, [circles, circleId, revision])
  return state?.id === circleId && state.revision === revision ? state.result : null
}
