import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import type { Stakeholder, StakeholderLink } from '@shared/domain/power-maps/power-map'
import { useStore } from '../../app/use-store'

export interface MapData {
  stakeholders: readonly Stakeholder[]
  links: readonly StakeholderLink[]
  byId: ReadonlyMap<string, Stakeholder>
  /** The name shown for a stakeholder: a circle person's own name, or the stakeholder's. */
  nameOf: (s: Stakeholder | string) => string
  /** Stakeholders in name order (for lists, selects and the table). */
  sorted: readonly Stakeholder[]
}

/** One map's stakeholders and relationships, recomputed only when its collections change. */
export function useMapData(session: CircleSession, mapId: string): MapData {
  const { t } = useTranslation()
  const all = useStore(session.stakeholders)
  const allLinks = useStore(session.stakeholderLinks)
  const people = useStore(session.people)
  const stakeholders = useMemo(() => all.filter((s) => s.mapId === mapId), [all, mapId])
  const byId = useMemo(() => new Map(stakeholders.map((s) => [s.id, s])), [stakeholders])
  const links = useMemo(
    () => allLinks.filter((l) => l.mapId === mapId && byId.has(l.fromId) && byId.has(l.toId)),
    [allLinks, mapId, byId],
  )
  const personNames = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people])
  const unknown = t('maps.unknownPerson')
  const nameOf = useCallback(
    (s: Stakeholder | string): string => {
      const x = typeof s === 'string' ? byId.get(s) : s
      if (!x) return unknown
      return x.personId !== '' ? (personNames.get(x.personId) ?? unknown) : x.name
    },
    [byId, personNames, unknown],
  )
  const sorted = useMemo(
    () =>
      [...stakeholders].sort(
        (a, b) => nameOf(a).localeCompare(nameOf(b)) || (a.id < b.id ? -1 : 1),
      ),
    [stakeholders, nameOf],
  )
  return { stakeholders, links, byId, nameOf, sorted }
}

/** The kind shown for a stakeholder: a person of the circle, or its own kind. */
export const kindKey = (s: Stakeholder) => (s.personId !== '' ? 'circle' : s.kind)
