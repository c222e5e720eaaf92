import { useTranslation } from 'react-i18next';

/** A finding's texts as the server gives them: Chinese, and English where the checklist wrote them. */
export interface FindingTexts { title: string; titleEn?: string | null; description?: string; descriptionEn?: string | null }

/**
 * A finding's title and description in the viewer's language: in English
 * the checklist's English (titleEn, descriptionEn) where there is one, else
 * the words a person wrote.
 */
export function useFindingText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  return {
    title: (f: FindingTexts) => (en && f.titleEn ? f.titleEn : f.title),
    description: (f: FindingTexts) => (en && f.descriptionEn ? f.descriptionEn : f.description ?? ''),
  };
}
