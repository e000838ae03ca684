import { describe, expect, it } from 'vitest'
import { addAction } from '@shared/domain/meetings/action-commands'
import { board, columnOf, tasksOf, timeline } from '@shared/domain/plans/board'
import { addPlan, removePlan } from '@shared/domain/plans/commands'
import { addMilestone, removeMilestone } from '@shared/domain/plans/milestone-commands'
import { addStep } from '@shared/domain/plans/step-commands'
import { addTask, linkTask, moveTask } from '@shared/domain/plans/task-commands'
import { ok, plan, step, withTest } from './plans-helpers'
import { ME, NOW, YOU } from './today-helpers'

describe('plan tasks, milestones, board and timeline', () => {
  it('removes a plan with its steps and milestones; its tasks stay as action items', () => {
    const { s, planId } = withTest()
    ok(addStep(s, planId, step(), NOW))
    const milestoneId = ok(
      addMilestone(s, planId, { title: 'Majority signed', day: '2026-04-01' }, NOW),
    )
    const task = ok(
      addTask(
        s,
        {
          text: 'Print the petition',
          memberId: ME,
          personId: '',
          due: '2026-03-15',
          planId,
          milestoneId,
          createdBy: ME,
        },
        NOW,
      ),
    )
    const meetingAction = ok(
      addAction(
        s,
        {
          text: 'Call the press',
          memberId: '',
          personId: '',
          due: '',
          meetingId: '',
          createdBy: ME,
        },
        NOW,
      ),
    )
    ok(linkTask(s, meetingAction, { planId, milestoneId: '' }))
    expect(
      tasksOf(s.actions.getSnapshot(), planId)
        .map((a) => a.id)
        .sort(),
    ).toEqual([task, meetingAction].sort())

    expect(ok(removePlan(s, planId))).toEqual({ tasksKept: 2 })
    expect(s.plans.has(planId)).toBe(false)
    expect(s.planSteps.size).toBe(0)
    expect(s.planMilestones.size).toBe(0)
    expect(s.actions.get(task)).toMatchObject({
      text: 'Print the petition',
      planId: '',
      milestoneId: '',
    })
    expect(s.actions.get(meetingAction)).toMatchObject({ planId: '' })
  })

  it('removing a milestone keeps its tasks on the plan', () => {
    const { s, planId } = withTest()
    const m = ok(addMilestone(s, planId, { title: 'Delegation ready', day: '' }, NOW))
    const task = ok(
      addTask(
        s,
        {
          text: 'Write the letter',
          memberId: '',
          personId: '',
          due: '',
          planId,
          milestoneId: m,
          createdBy: ME,
        },
        NOW,
      ),
    )
    ok(removeMilestone(s, m))
    expect(s.actions.get(task)).toMatchObject({ planId, milestoneId: '' })
    expect(addMilestone(s, planId, { title: '', day: 'tomorrow' }).ok).toBe(false)
  })

  it('moves a task across the board: to do, doing, done and back', () => {
    const { s, planId } = withTest()
    const id = ok(
      addTask(
        s,
        {
          text: 'Book the hall',
          memberId: ME,
          personId: '',
          due: '',
          planId,
          milestoneId: '',
          createdBy: ME,
        },
        NOW,
      ),
    )
    const col = () => columnOf(s.actions.get(id)!)
    expect(col()).toBe('todo')
    ok(moveTask(s, id, 'doing', ME, NOW + 1))
    expect(col()).toBe('doing')
    expect(s.actions.get(id)!.startedAt).toBe(NOW + 1)
    ok(moveTask(s, id, 'done', YOU, NOW + 2))
    expect(s.actions.get(id)).toMatchObject({ doneAt: NOW + 2, doneBy: YOU })
    // Reopened from done to doing: started is kept, done is cleared.
    ok(moveTask(s, id, 'doing', ME, NOW + 3))
    expect(s.actions.get(id)).toMatchObject({ startedAt: NOW + 1, doneAt: 0, doneBy: '' })
    ok(moveTask(s, id, 'todo', ME, NOW + 4))
    expect(s.actions.get(id)).toMatchObject({ startedAt: 0, doneAt: 0 })
    expect(moveTask(s, 'no-such-action', 'done', ME).ok).toBe(false)
    // A task on a milestone of another plan is refused.
    const other = ok(addPlan(s, { ...plan({ name: 'Other' }), createdBy: ME }, NOW))
    const m = ok(addMilestone(s, other, { title: 'Elsewhere', day: '' }, NOW))
    expect(
      addTask(s, {
        text: 'x',
        memberId: '',
        personId: '',
        due: '',
        planId,
        milestoneId: m,
        createdBy: ME,
      }).ok,
    ).toBe(false)
  })

  it('groups a board by column and a timeline by month, undated last', () => {
    const { s, planId } = withTest()
    const t = (text: string, due: string) =>
      ok(
        addTask(
          s,
          { text, memberId: '', personId: '', due, planId, milestoneId: '', createdBy: ME },
          NOW,
        ),
      )
    const late = t('Late', '2026-05-02')
    const early = t('Early', '2026-03-02')
    const undated = t('Someday', '')
    ok(moveTask(s, undated, 'doing', ME))
    const cols = board(tasksOf(s.actions.getSnapshot(), planId))
    expect(cols.todo.map((a) => a.id)).toEqual([early, late])
    expect(cols.doing.map((a) => a.id)).toEqual([undated])
    expect(cols.done).toEqual([])
    ok(addStep(s, planId, step({ tactic: 'Petition', day: '2026-03-20' }), NOW))
    ok(addMilestone(s, planId, { title: 'Majority', day: '2026-03-20' }, NOW))
    const months = timeline({
      steps: s.planSteps.getSnapshot(),
      milestones: s.planMilestones.getSnapshot(),
      tasks: tasksOf(s.actions.getSnapshot(), planId),
    })
    expect(months.map((m) => m.month)).toEqual(['2026-03', '2026-05', ''])
    expect(months[0]!.items.map((i) => i.kind)).toEqual(['task', 'step', 'milestone'])
  })
})
