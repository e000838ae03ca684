import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { removePlan } from '@shared/domain/plans/commands'
import { ladderOf } from '@shared/domain/plans/ladder'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { PlanDetail } from './PlanDetail'
import { PlanDialog } from './PlanDialog'
import { usePlanData } from './use-plan-data'
import './plans.css'

type Editing = { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'remove'; id: string }

/** The circle's campaign plans: the list, and the chosen plan with its ladder, milestones, tasks. */
export default function PlansView({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const plans = useStore(session.plans)
  const data = usePlanData(session)
  const steps = useStore(session.planSteps)
  // At a glance, per plan: how many of its gated steps have their gate met.
  const gateCounts = useMemo(() => {
    const out = new Map<string, { met: number; gated: number }>()
    for (const plan of plans) {
      const gated = ladderOf(steps, plan.id, data.gates).filter((r) => r.gate.kind !== 'none')
      out.set(plan.id, {
        met: gated.filter((r) => r.gate.kind === 'met').length,
        gated: gated.length,
      })
    }
    return out
  }, [plans, steps, data.gates])
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing | null>(null)
  const selected = plans.find((p) => p.id === selectedId) ?? plans[0] ?? null
  const editingPlan =
    editing && editing.kind !== 'add' ? (session.plans.get(editing.id) ?? null) : null

  const remove = (id: string) => {
    const plan = session.plans.get(id)
    const r = removePlan(session, id)
    setEditing(null)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t('plans.removed', { name: plan?.name ?? '' }))
  }

  return (
    <div className="plans-view">
      <div className="plans-actions">
        <p className="muted">{t('plans.intro')}</p>
        <button
          type="button"
          className="primary"
          onClick={() => setEditing({ kind: 'add' })}
          disabled={session.readOnly}
        >
          {t('plans.new')}
        </button>
      </div>
      {plans.length === 0 ? (
        <p className="empty">{t('plans.empty')}</p>
      ) : (
        <>
          <nav aria-label={t('plans.listLabel')}>
            <ul className="plan-list">
              {plans.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="plan-item"
                    aria-current={p.id === selected?.id ? 'true' : undefined}
                    onClick={() => setSelectedId(p.id)}
                  >
                    {p.name}
                    {(gateCounts.get(p.id)?.gated ?? 0) > 0 && (
                      <span className="muted plan-item-gates">
                        {t('plans.gatesMet', gateCounts.get(p.id))}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {selected && (
            <PlanDetail
              key={selected.id}
              circle={circle}
              plan={selected}
              data={data}
              onEdit={() => setEditing({ kind: 'edit', id: selected.id })}
              onRemove={() => setEditing({ kind: 'remove', id: selected.id })}
            />
          )}
        </>
      )}
      {(editing?.kind === 'add' || (editing?.kind === 'edit' && editingPlan)) && (
        <PlanDialog
          circle={circle}
          plan={editing.kind === 'edit' ? editingPlan : null}
          onClose={() => setEditing(null)}
          onSaved={setSelectedId}
        />
      )}
      {editing?.kind === 'remove' && editingPlan && (
        <ConfirmDialog
          title={t('plans.removeHeading', { name: editingPlan.name })}
          confirmLabel={t('plans.remove')}
          onConfirm={() => remove(editingPlan.id)}
          onClose={() => setEditing(null)}
        >
          <p>{t('plans.removeBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
