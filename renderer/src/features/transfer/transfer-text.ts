import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportFormat } from '@shared/domain/people/import-source'
import type { PlannedDuplicate } from '@shared/domain/people/import'
import type { MappingTarget } from '@shared/interop/csv-mapping'
import type { TextEncodingName } from '@shared/interop/encoding'
import { MAX_IMPORT_BYTES, type ImportIssue, type ImportRefusal } from '@shared/interop/types'

/** What the import screens say about the file being imported. */
export interface ImportSource {
  fileName: string
  format: ImportFormat
  encoding: TextEncodingName
  /** CSV only: the detected delimiter and the number of data rows. */
  delimiter?: string
  rows?: number
}

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const
const isDelimiter = (d: string): d is keyof typeof DELIMITER_NAMES => d in DELIMITER_NAMES

/** The largest file accepted, in whole megabytes (for messages). */
export const MAX_IMPORT_MB = Math.floor(MAX_IMPORT_BYTES / (1024 * 1024))

/** The import and export screens' texts in the current language. */
export function useTransferText() {
  const { t } = useTranslation()
  return useMemo(() => {
    const where = (format: ImportFormat, line: number) =>
      t(`transfer.lineKinds.${format}`, { line })
    return {
      where,
      /** "Row 3: more or fewer cells than the first row, left out". */
      issue(format: ImportFormat, issue: ImportIssue): string {
        const reason = t(`transfer.issues.${issue.code}`)
        const at = where(format, issue.line)
        return issue.column === undefined
          ? t('transfer.issue', { where: at, reason })
          : t('transfer.issueIn', { where: at, column: issue.column, reason })
      },
      refusal(refusal: ImportRefusal): string {
        return t(`transfer.refusals.${refusal.code}`, {
          limit: refusal.limit ?? 0,
          size: MAX_IMPORT_MB,
        })
      },
      facts(source: ImportSource): string {
        const encoding = t(`transfer.encodings.${source.encoding}`)
        if (source.format === 'csv' && source.delimiter !== undefined) {
          const delimiter = isDelimiter(source.delimiter)
            ? t(`transfer.delimiters.${DELIMITER_NAMES[source.delimiter]}`)
            : source.delimiter
          return t('transfer.csvFacts', {
            name: source.fileName,
            encoding,
            delimiter,
            count: source.rows ?? 0,
          })
        }
        return t('transfer.fileFacts', {
          name: source.fileName,
          format: t(`transfer.formats.${source.format}`),
          encoding,
        })
      },
      target(target: MappingTarget, header: string, customNames: ReadonlySet<string>): string {
        if (!target.startsWith('custom:')) {
          return t(`transfer.targets.${target as Exclude<MappingTarget, `custom:${string}`>}`)
        }
        const name = target.slice('custom:'.length)
        return customNames.has(name)
          ? t('transfer.customTarget', { name })
          : t('transfer.newCustomTarget', { name: name || header })
      },
      /** "same email as Ada in this circle" / "same email as Ada in row 12". */
      match(format: ImportFormat, d: PlannedDuplicate): string {
        return d.matchLine === null
          ? t(`transfer.matchExisting.${d.by}`, { name: d.matchName })
          : t(`transfer.matchRow.${d.by}`, {
              name: d.matchName,
              line: d.matchLine,
              where: where(format, d.matchLine),
            })
      },
    }
  }, [t])
}

export type TransferText = ReturnType<typeof useTransferText>
