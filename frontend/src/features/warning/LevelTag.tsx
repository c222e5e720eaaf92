import { useTranslation } from 'react-i18next';
import './messages';
import { levelColor } from './levels';

/** 黄色/橙色/红色预警 in the level's own colour. */
export function LevelTag({ level }: { level?: string | null }) {
  const { t } = useTranslation();
  const c = levelColor[level ?? 'ORANGE'];
  return <span className="level-tag" style={{ background: c.bg, color: c.fg }}>{t(`warning.level.${level}`)}</span>;
}
