import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import '../../app/i18n';
import { DueTag } from './DueTag';

describe('DueTag', () => {
  const now = new Date('2026-11-28T04:00:00Z');
  it('is red with the days overdue when past', () => {
    render(<DueTag dueAt="2026-11-25T04:00:00Z" now={now} />);
    const tag = screen.getByText(/已逾期 3 天/);
    expect(tag.className).toContain('tag-red');
    expect(tag.getAttribute('data-overdue')).toBe('true');
  });
  it('is orange three days before, plain before that', () => {
    const { rerender } = render(<DueTag dueAt="2026-11-30T04:00:00Z" now={now} />);
    expect(screen.getByText(/剩余 2 天/).className).toContain('tag-orange');
    rerender(<DueTag dueAt="2026-12-20T04:00:00Z" now={now} />);
    expect(screen.getByText(/剩余 22 天/).className).toBe('tag');
  });
});
