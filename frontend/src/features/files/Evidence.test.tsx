import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import '../../app/i18n';
import { EvidenceGallery } from './Evidence';

describe('EvidenceGallery', () => {
  it('says when a photo was taken, in Shanghai time, and nothing for a photo without the time', () => {
    render(<EvidenceGallery items={[
      { id: '1', name: 'site.jpg', contentType: 'image/jpeg', url: '/files/1', takenAt: '2026-11-30T01:05:00Z' },
      { id: '2', name: 'plain.png', contentType: 'image/png', url: '/files/2', takenAt: null },
    ]} />);
    expect(screen.getByText('拍摄于 11-30 09:05').getAttribute('title')).toBe('2026-11-30 09:05');
    expect(screen.getAllByText(/拍摄于/)).toHaveLength(1);
  });
});
