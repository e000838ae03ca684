import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { pipeline } from '@shared/domain/leadership/pipeline'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { useToday } from '../today/use-follow-ups'
import { PipelineView } from './PipelineView'
import '../today/today.css'
import './leadership.css'

/** Leadership development in the circle: the pipeline now and over the last year. */
export default function LeadershipView({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { session } = circle
  const events = useStore(session.leadershipEvents)
  const people = useStore(session.people)
  const today = useToday()
  const result = useMemo(
    () => pipeline({ events, people: new Set(people.map((p) => p.id)), today }),
    [events, people, today],
  )
  return (
    <div className="leadership-view">
      <p className="muted">{t('leadership.intro')}</p>
      <PipelineView pipeline={result} />
    </div>
  )
}
