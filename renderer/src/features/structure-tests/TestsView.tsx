import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'

export default function TestsView({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  return <h2 data-circle={circle.session.id}>{t('tests.title')}</h2>
}
