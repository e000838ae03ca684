import { expect, type Page } from '@playwright/test'
import type * as Y from 'yjs'
import { addAction } from '../../shared/domain/meetings/action-commands'
import { addPerson } from '../../shared/domain/people/commands'
import { emptyPersonInput } from '../../shared/domain/people/person'
import { addStakeholder, createMap } from '../../shared/domain/power-maps/commands'
import { addStructureTest, setParticipation } from '../../shared/domain/structure-tests/commands'
import { en } from '../../shared/i18n/en'
import { fmt } from './helpers'
import { KIM, newSeedCircle, openSeededCircle } from './seed-circle'
import { tabs } from './today-steps'

/** Steps and the seeded circle of plans.spec.ts: five workers, two structure tests, a power map. */

const p = en.plans

export const CIRCLE = 'Bakery drive'
export const PEOPLE = ['Amir Khan', 'Jonas Berg', 'Lena Vogel', 'Mei Chen', 'Rosa Hernández']
export const PETITION = 'Majority petition'
export const SIGNUP = 'Strike vote sign-up'
export const BOSS = 'Plant manager'
export const MAP = 'Who decides pay'
export const PRESS = 'Call the local paper'

export function buildCircle(me: string): Y.Doc {
  const now = Date.now()
  const { doc, session } = newSeedCircle(CIRCLE, now)
  const ids = PEOPLE.map((name) => {
    const r = addPerson(session, { ...emptyPersonInput(), name }, now)
    if (!r.ok) throw new Error(name)
    return r.value
  })
  const test = (name: string) => {
    const r = addStructureTest(
      session,
      {
        name,
        kind: 'petition',
        date: '2026-03-01',
        goalPercent: 50,
        plusOne: true,
        unitId: '',
        notes: '',
      },
      now,
    )
    if (!r.ok) throw new Error(name)
    return r.value
  }
  const petition = test(PETITION)
  test(SIGNUP)
  // Amir and Jonas signed the petition: 2 of 5.
  for (const personId of ids.slice(0, 2))
    setParticipation(session, { testId: petition, personId, took: 'yes', by: me }, now)
  const map = createMap(session, { name: MAP, issue: '' }, now)
  if (!map.ok) throw new Error('map')
  addStakeholder(
    session,
    map.value,
    { personId: '', name: BOSS, kind: 'person', role: '', notes: '', power: 90, stance: -60 },
    me,
    now,
  )
  addAction(
    session,
    { text: PRESS, memberId: KIM, personId: '', due: '', meetingId: '', createdBy: me },
    now,
  )
  session.destroy()
  return doc
}

export async function openSeeded(page: Page) {
  await openSeededCircle(page, CIRCLE, buildCircle)
}

export const DEMAND = 'A 10 % raise for the night shift by July'

export async function openPlans(page: Page) {
  await tabs(page).getByRole('link', { name: p.title, exact: true }).click()
  await expect(page.getByRole('button', { name: p.new })).toBeVisible()
}

export async function createPlan(page: Page, name: string) {
  await page.getByRole('button', { name: p.new }).click()
  const dialog = page.getByRole('dialog', { name: p.addHeading })
  await dialog.getByLabel(p.name, { exact: true }).fill(name)
  await dialog.getByLabel(p.goal, { exact: true }).fill(DEMAND)
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
}

export async function addStep(
  page: Page,
  step: { tactic: string; kind: keyof typeof p.ladder.kinds; gate?: string; percent?: string },
) {
  await page.getByRole('button', { name: p.ladder.add }).click()
  const dialog = page.getByRole('dialog', { name: p.ladder.addHeading })
  await dialog.getByLabel(p.ladder.tactic, { exact: true }).fill(step.tactic)
  await dialog.getByLabel(p.ladder.kind, { exact: true }).selectOption(step.kind)
  await dialog.getByLabel(fmt(p.ladder.responsibleLabel, { name: 'Kim' })).check()
  if (step.gate) {
    await dialog.getByLabel(p.ladder.gate, { exact: true }).selectOption({ label: step.gate })
    await dialog.getByLabel(p.ladder.requiredPercent, { exact: true }).fill(step.percent ?? '60')
  }
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
}

export const ladder = (page: Page) => page.getByRole('list', { name: p.ladder.listLabel })

export async function expectLadder(page: Page, tactics: string[]) {
  const items = ladder(page).getByRole('listitem')
  await expect(items).toHaveCount(tactics.length)
  for (const [i, tactic] of tactics.entries()) await expect(items.nth(i)).toContainText(tactic)
}

export const step = (page: Page, tactic: string) =>
  ladder(page).getByRole('listitem').filter({ hasText: tactic })
