import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { addUnit } from '@shared/domain/units/commands'
import { flattenUnits, type UnitNode } from '@shared/domain/units/tree'
import { UNIT_NAME_MAX } from '@shared/domain/units/unit'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { errorsByField } from '../../ui/field-errors'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { RemoveUnitDialog, UnitDialog } from './UnitDialogs'

/** The unit tree: each unit with its number of people, and forms to add, edit and remove. */
export function UnitsSection({ session }: { session: CircleSession }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const units = useStore(session.units)
  const people = useStore(session.people)
  const nodes = useMemo(() => flattenUnits(units), [units])
  const counts = useMemo(() => {
    const m = new Map<string, number>()
    for (const p of people) m.set(p.unitId, (m.get(p.unitId) ?? 0) + 1)
    return m
  }, [people])
  const [name, setName] = useState('')
  const [parentId, setParentId] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [editing, setEditing] = useState<{ kind: 'edit' | 'remove'; node: UnitNode } | null>(null)
  const headingId = useId()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = addUnit(session, { name, parentId })
    if (!r.ok) {
      setError(errorsByField(t, r.error).name ?? t(`errors.domain.${r.error.code}`))
      return
    }
    announcer.say(t('setup.units.added', { name: name.trim() }))
    setName('')
    setError(undefined)
  }

  return (
    <section aria-labelledby={headingId} className="setup-section">
      <h2 id={headingId}>{t('setup.units.heading')}</h2>
      <p className="muted">{t('setup.units.intro')}</p>
      {nodes.length === 0 ? (
        <p>{t('setup.units.empty')}</p>
      ) : (
        <ul className="unit-tree" aria-label={t('setup.units.treeLabel')}>
          {nodes.map((n) => (
            <li key={n.unit.id} style={{ paddingInlineStart: `${n.depth * 1.5}rem` }}>
              <span className="unit-name">{n.unit.name}</span>
              <span className="muted">
                {t('setup.units.people', { count: counts.get(n.unit.id) ?? 0 })}
              </span>
              <button
                type="button"
                className="link"
                aria-label={t('setup.units.edit', { name: n.unit.name })}
                onClick={() => setEditing({ kind: 'edit', node: n })}
                disabled={session.readOnly}
              >
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="link danger"
                aria-label={t('setup.units.remove', { name: n.unit.name })}
                onClick={() => setEditing({ kind: 'remove', node: n })}
                disabled={session.readOnly}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="inline-form setup-form">
        <TextField
          label={t('setup.units.name')}
          value={name}
          onChange={setName}
          error={error}
          maxLength={UNIT_NAME_MAX}
        />
        <SelectField
          label={t('setup.units.parent')}
          value={parentId}
          options={[
            { value: '', label: t('setup.units.top') },
            ...nodes.map((n) => ({ value: n.unit.id, label: n.path.join(' › ') })),
          ]}
          onChange={setParentId}
        />
        <button type="submit" disabled={session.readOnly}>
          {t('setup.units.add')}
        </button>
      </form>
      {editing?.kind === 'edit' && (
        <UnitDialog
          session={session}
          node={editing.node}
          nodes={nodes}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'remove' && (
        <RemoveUnitDialog
          session={session}
          node={editing.node}
          nodes={nodes}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  )
}
