import { useTranslation } from 'react-i18next'
import { STANCES, type StanceBand } from '@shared/domain/power-maps/grid'
import { mapToSvg } from '@shared/domain/power-maps/svg'
import { download } from '../backup/download'
import type { MapData } from './use-map-data'

/** A file name that says what it is without the map's name in clear on the disk. */
const fileName = (ext: string) => `power-map-${new Date().toISOString().slice(0, 10)}.${ext}`

/** The map as SVG text, translated. */
export function useMapSvg(data: MapData, title: string) {
  const { t } = useTranslation()
  return () =>
    mapToSvg(data.stakeholders, data.links, {
      title,
      stances: Object.fromEntries(STANCES.map((s) => [s, t(`maps.stances.${s}`)])) as Record<
        StanceBand,
        string
      >,
      quadrants: {
        highAgainst: t('maps.quadrants.highAgainst'),
        highFor: t('maps.quadrants.highFor'),
        lowAgainst: t('maps.quadrants.lowAgainst'),
        lowFor: t('maps.quadrants.lowFor'),
      },
      power: t('maps.axes.power'),
      nameOf: data.nameOf,
    })
}

export function saveSvg(svg: string): string {
  const name = fileName('svg')
  download(new Blob([svg], { type: 'image/svg+xml' }), name)
  return name
}

/** Draws the SVG onto a canvas and saves it as PNG (no network: the SVG is self-contained). */
export async function savePng(svg: string): Promise<string> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth * 2
    canvas.height = img.naturalHeight * 2
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2d context')
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
    )
    const name = fileName('png')
    download(blob, name)
    return name
  } finally {
    URL.revokeObjectURL(url)
  }
}
