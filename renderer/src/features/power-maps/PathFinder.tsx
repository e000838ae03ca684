import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { whoCanReach, type InfluencePath, type PathStep } from '@shared/domain/power-maps/paths'
import { SelectField } from '../../ui/SelectField'
import type { MapData } from './use-map-data'

const MAX_SHOWN = 10

/**
 * "Who can reach X?": the paths from the circle's people to a chosen stakeholder over the
 * map's relationships, shortest and strongest first, each read out step by step. The chosen
 * paths are highlighted on the canvas and in the table.
 */
export function PathFinder(props: {
  data: MapData
  onPaths: (target: string | null, paths: readonly InfluencePath[]) => void
}) {
  const { data } = props
  const { t } = useTranslation()
  const headingId = useId()
  const [target, setTarget] = useState('')
  const [asked, setAsked] = useState<string | null>(null)
  const paths = useMemo(
    () =>
      asked && data.byId.has(asked)
        ? whoCanReach(data.stakeholders, data.links, asked, (a, b) =>
            data.nameOf(a).localeCompare(data.nameOf(b)),
          )
        : null,
    [asked, data],
  )
  const find = (e: FormEvent) => {
    e.preventDefault()
    if (target === '') return
    setAsked(target)
    const found = whoCanReach(data.stakeholders, data.links, target, (a, b) =>
      data.nameOf(a).localeCompare(data.nameOf(b)),
    )
    props.onPaths(target, found.slice(0, MAX_SHOWN))
  }
  const clear = () => {
    setAsked(null)
    props.onPaths(null, [])
  }
  const stepText = (s: PathStep) =>
    t(s.reversed ? 'maps.pathStepBack' : 'maps.pathStep', {
      from: data.nameOf(s.from),
      to: data.nameOf(s.to),
      kind: s.label ? `${t(`maps.links.${s.kind}`)} (${s.label})` : t(`maps.links.${s.kind}`),
    })
  const strength = (n: number) => t(`maps.strengths.${String(n) as '1' | '2' | '3'}`)
  return (
    <section aria-labelledby={headingId} className="path-finder card">
      <h3 id={headingId}>{t('maps.pathHeading')}</h3>
      <form onSubmit={find} className="path-form">
        <SelectField
          label={t('maps.pathTarget')}
          value={target}
          options={[
            { value: '', label: t('maps.pathChoose') },
            ...data.sorted.map((s) => ({ value: s.id, label: data.nameOf(s) })),
          ]}
          onChange={setTarget}
        />
        <button type="submit" className="primary">
          {t('maps.pathFind')}
        </button>
        {asked && (
          <button type="button" onClick={clear}>
            {t('maps.pathClear')}
          </button>
        )}
      </form>
      <div role="status">
        {paths && asked && paths.length === 0 && (
          <p>{t('maps.pathNone', { name: data.nameOf(asked) })}</p>
        )}
        {paths && asked && paths.length > 0 && (
          <>
            <p>{t('maps.pathFound', { count: paths.length, name: data.nameOf(asked) })}</p>
            <ol className="paths">
              {paths.slice(0, MAX_SHOWN).map((p) => (
                <li key={p.start}>
                  <span className="path-summary">
                    {t('maps.pathSummary', {
                      count: p.steps.length,
                      start: data.nameOf(p.start),
                      weakest: strength(p.weakest),
                    })}
                  </span>
                  <ol className="path-steps">
                    {p.steps.map((s) => (
                      <li key={s.linkId}>
                        {stepText(s)}
                        {' · '}
                        {t('maps.pathStrength', { strength: strength(s.strength) })}
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  )
}
