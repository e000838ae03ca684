import type { OpenCircle } from '../../data/circle-registry'
import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'
import './transfer.css'

/** Moving a circle's people in and out: CSV, vCard and OSDI (Action Network, Action Builder). */
export default function TransferView({ circle }: { circle: OpenCircle }) {
  return (
    <div className="transfer-view" data-circle={circle.session.id}>
      <ImportPanel circle={circle} />
      <ExportPanel circle={circle} />
    </div>
  )
}
