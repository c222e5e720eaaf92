import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';

/** A touch screen as the main pointer (a phone, WeChat): the calendar is the keyboard. */
const touchFirst = () => typeof window !== 'undefined' &&
  (!!window.matchMedia?.('(pointer: coarse)').matches || navigator.maxTouchPoints > 0);

type Props = Omit<DatePickerProps, 'value' | 'defaultValue' | 'onChange' | 'multiple'> & {
  value?: Dayjs | null;
  onChange?: (date: Dayjs | null) => void;
};

/**
 * The one date field (a single day): on a phone it opens only the calendar
 * — the system keyboard would rise over it and hide the days — while on a
 * desk the date can also be typed (2026-12-31).
 */
export function DateField({ onChange, ...props }: Props) {
  return <DatePicker inputReadOnly={touchFirst()} {...props} onChange={(d: Dayjs | null) => onChange?.(d)} />;
}
