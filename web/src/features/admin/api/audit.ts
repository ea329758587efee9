import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components, operations } from '../../../shared/api/schema';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditFilter = NonNullable<operations['audit']['parameters']['query']>;

const auditQuery = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['admin', 'audit', filter],
    queryFn: () => body(api.GET('/api/v1/admin/audit', { params: { query: filter } })),
  });

export function useAudit(filter: AuditFilter) {
  return useQuery({ ...auditQuery(filter), placeholderData: (previous) => previous });
}
