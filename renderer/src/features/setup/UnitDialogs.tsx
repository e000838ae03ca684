import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { removeUnit, updateUnit } from '@shared/domain/units/commands'
import { unitWithDescendants, type UnitNode } from '@shared/domain/units/tree'
import { UNIT_NAME_MAX } from '@shared/domain/units/unit'
import { useServices } from '../../app/services'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { errorsByField } from '../../ui/field-errors'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'

interface Props {
  session: CircleSession
  node: UnitNode
  nodes: readonly UnitNode[]
  onClose: () => void
}

/** Renames a unit or moves it within another (never within itself or its own units). */
export function UnitDialog({ session, node, nodes, onClose }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [name, setName] = useState(node.unit.name)
  const [parentId, setParentId] = useState(node.unit.parentId)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const below = unitWithDescendants(nodes, node.unit.id)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = updateUnit(session, node.unit.id, { name, parentId })
    if (!r.ok) {
      setErrors({ name: t(`errors.domain.${r.error.code}`), ...errorsByField(t, r.error) })
      return
    }
    announcer.say(t('setup.units.saved', { name: name.trim() }))
    onClose()
  }
  return (
    <Dialog open title={t('setup.units.editHeading', { name: node.unit.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('setup.units.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          maxLength={UNIT_NAME_MAX}
          autoFocus
        />
        <SelectField
          label={t('setup.units.parent')}
          value={parentId}
          options={[
            { value: '', label: t('setup.units.top') },
            ...nodes
              .filter((n) => !below.has(n.unit.id))
              .map((n) => ({ value: n.unit.id, label: n.path.join(' › ') })),
          ]}
          onChange={setParentId}
          error={errors.parentId}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}

/** Confirms removing a unit; its people and units move up. */
export function RemoveUnitDialog({ session, node, nodes, onClose }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const parent = nodes.find((n) => n.unit.id === node.unit.parentId)
  const confirm = () => {
    const r = removeUnit(session, node.unit.id)
    announcer.say(
      r.ok
        ? t('setup.units.removed', { name: node.unit.name })
        : t(`errors.domain.${r.error.code}`),
      r.ok ? 'info' : 'error',
    )
    onClose()
  }
  return (
    <ConfirmDialog
      title={t('setup.units.removeHeading', { name: node.unit.name })}
      confirmLabel={t('common.remove')}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>
        {t('setup.units.removeBody', {
          parent: parent ? parent.path.join(' › ') : t('setup.units.top'),
        })}
      </p>
    </ConfirmDialog>
  )
}
