import { useEffect, useState } from 'react'

/** The current time, refreshed every `everyMs` (for "5 seconds ago" texts). */
export function useNow(everyMs = 5000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(t)
  }, [everyMs])
  return now
}
