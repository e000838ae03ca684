import { useEffect, useId, useRef, useState, type ChangeEvent, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { ProgressStatus } from '../../ui/ProgressStatus'
import {
  customFieldNames,
  planImportInSlices,
  runImport,
  type DuplicateChoice,
  type ImportOutcome,
  type ImportPlan,
} from '@shared/domain/people/import'
import {
  detectFormat,
  mapCsvInSlices,
  type ImportFormat,
} from '@shared/domain/people/import-source'
import { guessMapping, type MappingTarget } from '@shared/interop/csv-mapping'
import { readCsv, type CsvTable } from '@shared/interop/csv-read'
import { decodeText } from '@shared/interop/encoding'
import { readOsdi } from '@shared/interop/osdi'
import { readVCards } from '@shared/interop/vcard'
import {
  MAX_IMPORT_BYTES,
  type ImportIssue,
  type ImportRefusal,
  type PersonDraft,
} from '@shared/interop/types'
import { IssueList } from './IssueList'
import { MappingStep } from './MappingStep'
import { choiceOf, ReviewStep, type ForAll } from './ReviewStep'
import { MAX_IMPORT_MB, useTransferText, type ImportSource } from './transfer-text'

interface CsvState {
  source: ImportSource
  table: CsvTable
  mapping: MappingTarget[]
}

type Step =
  | { kind: 'choose'; refused: { fileName: string; refusal: ImportRefusal } | null }
  | { kind: 'busy'; phase: 'reading' | 'checking' | 'writing'; fileName: string; percent: number }
  | ({ kind: 'mapping' } & CsvState)
  | { kind: 'review'; source: ImportSource; plan: ImportPlan; csv: CsvState | null }
  | { kind: 'done'; outcome: ImportOutcome; format: ImportFormat }

const cancelledOutcome: ImportOutcome = {
  status: 'cancelled',
  added: 0,
  merged: 0,
  skipped: 0,
  failed: 0,
  issues: [],
}

/**
 * Importing people from a file: choose it, map the columns (CSV), check duplicates and
 * problems, import with progress. Cancel at any point leaves the circle as it was.
 */
export function ImportPanel({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const text = useTransferText()
  const { session } = circle
  const fields = useStore(session.customFields)
  const customNames = fields.map((f) => f.name)
  const [step, setStep] = useState<Step>({ kind: 'choose', refused: null })
  const [own, setOwn] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map())
  const [forAll, setForAll] = useState<ForAll>('proposed')
  const controller = useRef<AbortController | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const firstRender = useRef(true)
  const fileId = useId()
  const headingId = useId()

  // Leaving the screen cancels whatever is running (an import in progress is taken back).
  useEffect(() => () => controller.current?.abort(), [])

  // Each new step takes the focus, so that keyboard and screen reader users follow along.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    if (step.kind === 'choose') fileRef.current?.focus()
    else if (step.kind === 'busy') cancelRef.current?.focus()
    else headingRef.current?.focus()
  }, [step.kind])

  const begin = (): AbortSignal => {
    controller.current?.abort()
    const next = new AbortController()
    controller.current = next
    return next.signal
  }
  const progress = (signal: AbortSignal, from: number, span: number) => (fraction: number) => {
    if (signal.aborted) return
    const percent = Math.floor(from + fraction * span)
    setStep((s) => (s.kind === 'busy' && s.percent !== percent ? { ...s, percent } : s))
  }
  const refuse = (signal: AbortSignal, fileName: string, refusal: ImportRefusal) => {
    if (!signal.aborted) setStep({ kind: 'choose', refused: { fileName, refusal } })
  }

  const review = async (
    signal: AbortSignal,
    source: ImportSource,
    drafts: PersonDraft[],
    issues: ImportIssue[],
    csv: CsvState | null,
    from: number,
  ) => {
    const plan = await planImportInSlices(session, drafts, issues, {
      signal,
      onProgress: progress(signal, from, 100 - from),
    })
    if (plan === null || signal.aborted) return
    setOwn(new Map())
    setForAll('proposed')
    setStep({ kind: 'review', source, plan, csv })
  }

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    const signal = begin()
    const fileName = file.name
    setStep({ kind: 'busy', phase: 'reading', fileName, percent: 0 })
    if (file.size > MAX_IMPORT_BYTES) {
      return refuse(signal, fileName, { code: 'tooLarge', limit: MAX_IMPORT_BYTES })
    }
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch {
      return refuse(signal, fileName, { code: 'unreadable' })
    }
    if (signal.aborted) return
    const decoded = decodeText(bytes)
    if (!decoded.ok) return refuse(signal, fileName, decoded.refusal)
    const format = detectFormat(fileName, decoded.text)
    const source: ImportSource = { fileName, format, encoding: decoded.encoding }
    if (format !== 'csv') {
      const read = format === 'vcard' ? readVCards(decoded.text) : readOsdi(decoded.text)
      if (!read.ok) return refuse(signal, fileName, read.refusal)
      setStep({ kind: 'busy', phase: 'checking', fileName, percent: 0 })
      return review(signal, source, read.drafts, read.issues, null, 0)
    }
    const table = await readCsv(decoded.text, { signal, onProgress: progress(signal, 0, 100) })
    if (signal.aborted || 'aborted' in table) return
    if (!table.ok) return refuse(signal, fileName, table.refusal)
    const csvSource = { ...source, delimiter: table.delimiter, rows: table.rows.length }
    setStep({
      kind: 'mapping',
      source: csvSource,
      table,
      mapping: guessMapping(table.headers, customFieldNames(session)),
    })
  }

  const mapAndReview = async (csv: CsvState) => {
    const signal = begin()
    setStep({ kind: 'busy', phase: 'checking', fileName: csv.source.fileName, percent: 0 })
    const mapped = await mapCsvInSlices(
      csv.table,
      csv.mapping,
      {},
      { signal, onProgress: progress(signal, 0, 50) },
    )
    if (mapped === null || signal.aborted) return
    await review(
      signal,
      csv.source,
      mapped.drafts,
      [...csv.table.issues, ...mapped.issues],
      csv,
      50,
    )
  }

  const write = async (source: ImportSource, plan: ImportPlan) => {
    const signal = begin()
    const choices = new Map(plan.duplicates.map((d) => [d.draft.line, choiceOf(d, own, forAll)]))
    setStep({ kind: 'busy', phase: 'writing', fileName: source.fileName, percent: 0 })
    const outcome = await runImport(session, plan, choices, {
      by: circle.entry.member.id,
      signal,
      onProgress: progress(signal, 0, 100),
    })
    if (controller.current?.signal !== signal) return
    setStep({ kind: 'done', outcome, format: source.format })
  }

  const cancel = () => {
    const running = step.kind === 'busy' && step.phase === 'writing'
    controller.current?.abort()
    // A running import reports itself once everything it wrote is taken back.
    if (!running) setStep({ kind: 'done', outcome: cancelledOutcome, format: 'csv' })
  }
  const restart = () => {
    controller.current?.abort()
    setStep({ kind: 'choose', refused: null })
  }

  return (
    <section className="transfer-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('transfer.importHeading')}</h2>
      {step.kind === 'choose' && (
        <>
          <p className="muted">{t('transfer.importIntro')}</p>
          {step.refused && (
            <div className="transfer-refused" role="alert">
              <p>
                <strong>{t('transfer.refusedHeading', { name: step.refused.fileName })}</strong>
              </p>
              <p>{text.refusal(step.refused.refusal)}</p>
              <p>{t('transfer.nothingImported')}</p>
            </div>
          )}
          <div className="field">
            <label htmlFor={fileId}>{t('transfer.file')}</label>
            <input
              ref={fileRef}
              id={fileId}
              type="file"
              accept=".csv,.txt,.vcf,.vcard,.json,text/csv,text/plain,text/vcard,application/json"
              aria-describedby={`${fileId}-hint`}
              disabled={session.readOnly}
              onChange={(e) => void onFile(e)}
            />
            <p id={`${fileId}-hint`} className="hint">
              {t('transfer.fileHint', { size: MAX_IMPORT_MB })}
            </p>
          </div>
        </>
      )}
      {step.kind === 'busy' && (
        <div className="transfer-step">
          <ProgressStatus
            done={step.percent}
            total={100}
            label={
              step.phase === 'reading'
                ? t('transfer.reading', { name: step.fileName, percent: step.percent })
                : step.phase === 'checking'
                  ? t('transfer.checking', { percent: step.percent })
                  : t('transfer.writing', { percent: step.percent })
            }
          />
          <div className="actions">
            <button ref={cancelRef} type="button" className="danger" onClick={cancel}>
              {t('transfer.cancel')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'mapping' && (
        <MappingStep
          source={step.source}
          table={step.table}
          mapping={step.mapping}
          customNames={customNames}
          headingRef={headingRef}
          onChange={(mapping) => setStep({ ...step, mapping })}
          onContinue={() => void mapAndReview(step)}
          onCancel={restart}
        />
      )}
      {step.kind === 'review' && (
        <ReviewStep
          source={step.source}
          plan={step.plan}
          own={own}
          forAll={forAll}
          readOnly={session.readOnly}
          headingRef={headingRef}
          onChoice={(line, choice) => setOwn(new Map(own).set(line, choice))}
          onForAll={(choice) => {
            setForAll(choice)
            setOwn(new Map())
          }}
          onImport={() => void write(step.source, step.plan)}
          onBack={step.csv ? () => setStep({ kind: 'mapping', ...step.csv! }) : null}
          onCancel={restart}
        />
      )}
      {step.kind === 'done' && (
        <Done
          outcome={step.outcome}
          format={step.format}
          headingRef={headingRef}
          onAgain={restart}
        />
      )}
    </section>
  )
}

function Done({
  outcome,
  format,
  headingRef,
  onAgain,
}: {
  outcome: ImportOutcome
  format: ImportFormat
  headingRef: Ref<HTMLHeadingElement>
  onAgain: () => void
}) {
  const { t } = useTranslation()
  const headingId = useId()
  const counts = {
    added: t('transfer.added', { count: outcome.added }),
    merged: t('transfer.merged', { count: outcome.merged }),
    skipped: t('transfer.skipped', { count: outcome.skipped }),
    refused: t('transfer.refused', { count: outcome.failed }),
  }
  return (
    <section className="transfer-step" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {outcome.status === 'done' ? t('transfer.doneHeading') : t('transfer.nothingImported')}
      </h3>
      {outcome.status === 'done' ? (
        <p role="status" className="transfer-result">
          {outcome.failed > 0 ? t('transfer.resultRefused', counts) : t('transfer.result', counts)}
        </p>
      ) : (
        <p role="alert" className="transfer-result">
          {outcome.status === 'cancelled' ? t('transfer.cancelled') : t('transfer.failed')}
        </p>
      )}
      <IssueList format={format} issues={outcome.issues} />
      <div className="actions">
        <button type="button" className="primary" onClick={onAgain}>
          {t('transfer.another')}
        </button>
      </div>
    </section>
  )
}
