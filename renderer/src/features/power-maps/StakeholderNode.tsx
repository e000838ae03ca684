import { memo } from 'react'
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import type { StanceBand } from '@shared/domain/power-maps/grid'

export type StakeholderNodeData = {
  name: string
  kindLabel: string
  band: StanceBand
  onPath: boolean
  /** The colour of another member who has this stakeholder selected, or ''. */
  peerColour: string
}
export type StakeholderFlowNode = Node<StakeholderNodeData, 'stakeholder'>

/** A stakeholder on the canvas: name and kind, coloured by stance; dots to draw relationships. */
export const StakeholderNode = memo(function StakeholderNode({
  data,
}: NodeProps<StakeholderFlowNode>) {
  return (
    <div
      className={`sh-node sh-${data.band}${data.onPath ? ' on-path' : ''}`}
      style={data.peerColour ? { boxShadow: `0 0 0 0.2rem ${data.peerColour}` } : undefined}
    >
      <Handle type="target" position={Position.Left} />
      <span className="sh-name">{data.name}</span>
      <span className="sh-kind">{data.kindLabel}</span>
      <Handle type="source" position={Position.Right} />
    </div>
  )
})

export const NODE_TYPES = { stakeholder: StakeholderNode }
