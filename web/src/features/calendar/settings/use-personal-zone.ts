import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, body } from '../../../shared/api/client';
import { calendarKeys } from '../api/calendar-api';
import type { CalendarInfo } from '../api/types';
import { zoneToAdopt } from '../model/personal-zone';

/**
 * Sets my personal calendar's zone to the browser's once, when the server says nobody chose one
 * (`model/personal-zone.ts`). A refusal (a zone the server does not know) is left alone: the
 * calendar keeps UTC and the next visit tries again.
 */
export function usePersonalZone(calendars: readonly CalendarInfo[] | undefined) {
  const queryClient = useQueryClient();
  const asked = useRef(false);
  const { mutate } = useMutation({
    mutationFn: ({ calendarId, timeZone }: { calendarId: string; timeZone: string }) =>
      body(api.PATCH('/api/v1/calendars/{id}', { params: { path: { id: calendarId } }, body: { timeZone } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.list }),
  });
  useEffect(() => {
    const adopt = calendars && zoneToAdopt(calendars, Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (!adopt || asked.current) return;
    asked.current = true;
    mutate(adopt);
  }, [calendars, mutate]);
}
