import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * Lets a wide table scroll sideways (large text, narrow window). While it does, the scroll
 * area is a named region in the tab order, so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [overflows, setOverflows] = useState(false)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    // A ResizeObserver reports once on observe, then on every change of either size.
    const observer = new ResizeObserver(() => setOverflows(el.scrollWidth > el.clientWidth + 1))
    observer.observe(el)
    if (el.firstElementChild) observer.observe(el.firstElementChild)
    return () => observer.disconnect()
  }, [])
  return (
    <div
      ref={ref}
      className="table-scroll"
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? label : undefined}
      tabIndex={overflows ? 0 : undefined}
    >
      {children}
    </div>
  )
}
