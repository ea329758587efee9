import { useMutation, useQuery } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type SharedMail = components['schemas']['SharedMail'];
export type MailPlace = components['schemas']['MailPlace'];
type Channel = components['schemas']['Channel'];
type ProjectSummary = components['schemas']['ProjectSummary'];

/** The named conversations I may post a mail into (a direct one is shared by forwarding it in chat). */
export function usePostableChannels(enabled: boolean) {
  return useQuery({
    queryKey: ['mail-links', 'channels'],
    enabled,
    queryFn: () => body(api.GET('/api/v1/channels')),
    select: (channels: Channel[]) =>
      channels.filter((channel) => channel.name != null && channel.capabilities.canPost && !channel.archived),
  });
}

/** The projects I may add tasks to (editors and managers); none chosen is a personal task. */
export function useEditableProjects(enabled: boolean) {
  return useQuery({
    queryKey: ['mail-links', 'projects'],
    enabled,
    queryFn: () => body(api.GET('/api/v1/task-projects')),
    select: (projects: ProjectSummary[]) =>
      projects.filter((project) => !project.archived && project.myRole !== 'VIEWER'),
  });
}

export function useShareMail() {
  return useMutation({
    mutationFn: ({ messageId, channelId, note }: { messageId: string; channelId: string; note: string }) =>
      body(
        api.POST('/api/v1/mail/messages/{id}/share', {
          params: { path: { id: messageId } },
          body: { channelId, note: note.trim() || undefined },
        }),
      ),
  });
}

/** A task of the mail: a blank title leaves the subject to the server, and the text with a link back. */
export function useMailTask() {
  return useMutation({
    mutationFn: ({ messageId, title, projectId }: { messageId: string; title: string; projectId?: string }) =>
      body(
        api.POST('/api/v1/mail/messages/{id}/task', {
          params: { path: { id: messageId } },
          body: { title: title.trim(), projectId },
        }),
      ),
  });
}

export const mailPlaceQuery = (messageId: string) => ({
  queryKey: ['mail-links', 'place', messageId] as const,
  queryFn: () => body(api.GET('/api/v1/mail/messages/{id}/place', { params: { path: { id: messageId } } })),
});
