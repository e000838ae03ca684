/** Saves a blob as a file through the browser's download (a save dialog in the desktop app). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A file name that says what it is without the circle's name in clear on the disk. */
export const backupFileName = (date: Date) =>
  `rhizome-backup-${date.toISOString().slice(0, 10)}.rhizome`
