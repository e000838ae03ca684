import type { OpenCircle } from '../../data/circle-registry'
import { AlertRaisersSection } from '../alerts/AlertRaisersSection'
import { GuidesSection } from '../conversations/GuidesSection'
import { CustomFieldsSection } from './CustomFieldsSection'
import { UnitsSection } from './UnitsSection'
import './setup.css'

/** The circle's own structure: its unit tree and the fields it keeps for every person. */
export default function SetupView({ circle }: { circle: OpenCircle }) {
  return (
    <div className="setup-view">
      <UnitsSection session={circle.session} />
      <CustomFieldsSection session={circle.session} />
      <GuidesSection session={circle.session} />
      <AlertRaisersSection session={circle.session} />
    </div>
  )
}
