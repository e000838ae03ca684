import { ValueStore } from '@shared/data/store'

/** The screens inside an open circle (the tabs under its name). */
export const CIRCLE_VIEWS = [
  'people',
  'today',
  'chart',
  'tests',
  'leadership',
  'dashboard',
  'maps',
  'meetings',
  'actions',
  'plans',
  'transfer',
  'setup',
] as const
export type CircleView = (typeof CIRCLE_VIEWS)[number]

export type Route =
  | { name: 'circles' }
  /** `meetingId`: one meeting of the 'meetings' view (`#/circle/<id>/meetings/<meetingId>`). */
  | { name: 'people'; circleId: string; view?: CircleView; meetingId?: string }
  | { name: 'settings' }

const ID = /^[A-Za-z0-9_-]{8,64}$/

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  if (parts[0] === 'settings') return { name: 'settings' }
  if (parts[0] === 'circle' && parts[1] && ID.test(parts[1])) {
    const view = CIRCLE_VIEWS.find((v) => v === parts[2])
    if (view === 'meetings' && parts[3] && ID.test(parts[3]))
      return { name: 'people', circleId: parts[1], view, meetingId: parts[3] }
    return view && view !== 'people'
      ? { name: 'people', circleId: parts[1], view }
      : { name: 'people', circleId: parts[1] }
  }
  return { name: 'circles' }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'circles':
      return '#/'
    case 'settings':
      return '#/settings'
    case 'people':
      if (route.view === 'meetings' && route.meetingId)
        return `#/circle/${route.circleId}/meetings/${route.meetingId}`
      return route.view && route.view !== 'people'
        ? `#/circle/${route.circleId}/${route.view}`
        : `#/circle/${route.circleId}`
  }
}

/** The current route, kept in the URL hash so a reload returns to the same screen. */
export class Router extends ValueStore<Route> {
  constructor(private readonly win: Window) {
    super(parseRoute(win.location.hash))
    win.addEventListener('hashchange', () => this.set(parseRoute(win.location.hash)))
  }
  go(route: Route): void {
    const href = routeHref(route)
    if (this.win.location.hash !== href) this.win.location.hash = href
    this.set(parseRoute(href))
  }
  override set(route: Route): void {
    const current = this.getSnapshot()
    if (JSON.stringify(current) !== JSON.stringify(route)) super.set(route)
  }
}
