import { useId, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DUPLICATE_CHOICES,
  type DuplicateChoice,
  type ImportPlan,
  type PlannedDuplicate,
} from '@shared/domain/people/import'
import { CUSTOM_FIELDS_MAX } from '@shared/domain/custom-fields/custom-field'
import { IssueList } from './IssueList'
import { useTransferText, type ImportSource } from './transfer-text'

/** How many duplicates get a choice of their own; the rest follow the choice for all. */
export const SHOWN_DUPLICATES = 100

export type ForAll = 'proposed' | DuplicateChoice

/** The choice that applies to a duplicate: its own, else the one for all, else the proposal. */
export function choiceOf(
  d: PlannedDuplicate,
  own: ReadonlyMap<number, DuplicateChoice>,
  forAll: ForAll,
): DuplicateChoice {
  return own.get(d.draft.line) ?? (forAll === 'proposed' ? d.choice : forAll)
}

interface Props {
  source: ImportSource
  plan: ImportPlan
  own: ReadonlyMap<number, DuplicateChoice>
  forAll: ForAll
  readOnly: boolean
  headingRef: Ref<HTMLHeadingElement>
  onChoice: (line: number, choice: DuplicateChoice) => void
  onForAll: (choice: ForAll) => void
  onImport: () => void
  /** Back to the column mapping (CSV only). */
  onBack: (() => void) | null
  onCancel: () => void
}

/** What will be imported: new people, possible duplicates with a choice each, the problems. */
export function ReviewStep({
  source,
  plan,
  own,
  forAll,
  readOnly,
  headingRef,
  onChoice,
  onForAll,
  onImport,
  onBack,
  onCancel,
}: Props) {
  const { t } = useTranslation()
  const text = useTransferText()
  const headingId = useId()
  const duplicatesId = useId()
  const toImport =
    plan.fresh.length + plan.duplicates.filter((d) => choiceOf(d, own, forAll) !== 'skip').length
  const choiceLabels: Record<DuplicateChoice, string> = {
    merge: t('transfer.choices.merge'),
    add: t('transfer.choices.add'),
    skip: t('transfer.choices.skip'),
  }
  const shown = plan.duplicates.slice(0, SHOWN_DUPLICATES)
  const rest = plan.duplicates.length - shown.length

  return (
    <section className="transfer-step" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('transfer.reviewHeading')}
      </h3>
      <p className="muted">{text.facts(source)}</p>
      <p className="transfer-fresh">{t('transfer.fresh', { count: plan.fresh.length })}</p>
      {plan.customFields.create.length > 0 && (
        <p>{t('transfer.newFields', { names: plan.customFields.create.join(', ') })}</p>
      )}
      {plan.customFields.dropped.length > 0 && (
        <p className="error">
          {t('transfer.droppedFields', {
            limit: CUSTOM_FIELDS_MAX,
            names: plan.customFields.dropped.join(', '),
          })}
        </p>
      )}

      {plan.duplicates.length > 0 && (
        <section className="transfer-duplicates" aria-labelledby={duplicatesId}>
          <h4 id={duplicatesId}>
            {t('transfer.duplicatesHeading', { count: plan.duplicates.length })}
          </h4>
          <p className="hint">{t('transfer.duplicatesIntro')}</p>
          <div className="field for-all">
            <label htmlFor={`${duplicatesId}-all`}>{t('transfer.forAll')}</label>
            <select
              id={`${duplicatesId}-all`}
              value={forAll}
              onChange={(e) => onForAll(e.target.value as ForAll)}
            >
              <option value="proposed">{t('transfer.asProposed')}</option>
              {DUPLICATE_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {choiceLabels[c]}
                </option>
              ))}
            </select>
          </div>
          <ul className="duplicate-list" aria-label={t('transfer.duplicatesLabel')}>
            {shown.map((d) => {
              const where = text.where(source.format, d.draft.line)
              const selectId = `${duplicatesId}-${d.draft.line}`
              return (
                <li key={d.draft.line}>
                  <span className="duplicate-who">
                    <strong>{t('transfer.duplicateWho', { where, name: d.draft.name })}</strong>{' '}
                    <span className="muted">{text.match(source.format, d)}</span>
                  </span>
                  <select
                    id={selectId}
                    aria-label={t('transfer.choiceLabel', { name: d.draft.name, where })}
                    value={choiceOf(d, own, forAll)}
                    onChange={(e) => onChoice(d.draft.line, e.target.value as DuplicateChoice)}
                  >
                    {DUPLICATE_CHOICES.map((c) => (
                      <option key={c} value={c}>
                        {choiceLabels[c]}
                      </option>
                    ))}
                  </select>
                </li>
              )
            })}
          </ul>
          {rest > 0 && <p>{t('transfer.moreDuplicates', { count: rest })}</p>}
        </section>
      )}

      <IssueList format={source.format} issues={plan.issues} />

      {toImport === 0 && <p>{t('transfer.nothingToImport')}</p>}
      {readOnly && (
        <p className="error" role="alert">
          {t('errors.domain.readOnly')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="push-left" onClick={onCancel}>
          {t('transfer.start')}
        </button>
        {onBack && (
          <button type="button" onClick={onBack}>
            {t('transfer.back')}
          </button>
        )}
        <button
          type="button"
          className="primary"
          onClick={onImport}
          disabled={toImport === 0 || readOnly}
        >
          {t('transfer.import', { count: toImport })}
        </button>
      </div>
    </section>
  )
}
