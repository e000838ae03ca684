import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { CANVAS, STANCES, UNIT } from '@shared/domain/power-maps/grid'
import type { PeerOnMap } from './presence'

const WIDTH = CANVAS.right - CANVAS.left
const HEIGHT = CANVAS.bottom - CANVAS.top

/**
 * The grid under the stakeholders, in canvas coordinates: five stance columns with their
 * names, the power axis, and the four quadrants labelled. Not interactive.
 */
export const GridUnderlay = memo(function GridUnderlay() {
  const { t } = useTranslation()
  return (
    <div
      className="map-grid"
      aria-hidden="true"
      style={{ left: CANVAS.left, top: CANVAS.top, width: WIDTH, height: HEIGHT }}
    >
      {STANCES.map((s) => (
        <div key={s} className={`map-column sh-${s}`}>
          <span className="map-column-label">{t(`maps.stances.${s}`)}</span>
        </div>
      ))}
      <div className="map-midline" style={{ top: HEIGHT / 2 }} />
      <span className="map-quadrant q-tl">{t('maps.quadrants.highAgainst')}</span>
      <span className="map-quadrant q-tr">{t('maps.quadrants.highFor')}</span>
      <span className="map-quadrant q-bl">{t('maps.quadrants.lowAgainst')}</span>
      <span className="map-quadrant q-br">{t('maps.quadrants.lowFor')}</span>
      <span className="map-axis map-axis-power">{t('maps.axes.power')}</span>
      <span className="map-axis map-axis-stance" style={{ top: HEIGHT + UNIT }}>
        {t('maps.axes.stance')}
      </span>
    </div>
  )
})

/** Other members' pointers on this map, each in the member's colour with their name. */
export function PeerPointers({ peers }: { peers: readonly PeerOnMap[] }) {
  return (
    <>
      {peers.map((p) =>
        p.x === null || p.y === null ? null : (
          <div
            key={p.clientId}
            className="peer-pointer"
            aria-hidden="true"
            style={{ transform: `translate(${p.x}px, ${p.y}px)`, color: p.colour }}
          >
            <svg width="16" height="16" viewBox="0 0 16 16">
              <path d="M0 0 L0 14 L4 10 L7 16 L9 15 L6 9 L12 9 Z" fill="currentColor" />
            </svg>
            <span className="peer-name" style={{ background: p.colour }}>
              {p.name}
            </span>
          </div>
        ),
      )}
    </>
  )
}
