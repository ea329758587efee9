import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type ApiToken = components['schemas']['TokenView'];
export type CreateTokenRequest = components['schemas']['NewToken'];
/** The spec types scopes as plain strings; these are the ones the server accepts. */
export type TokenScope = 'read' | 'write' | 'admin';

export const TOKEN_SCOPES: TokenScope[] = ['read', 'write', 'admin'];

const tokensQuery = queryOptions({
  queryKey: ['me', 'tokens'],
  queryFn: () => body(api.GET('/api/v1/me/tokens')),
});

export function useTokens() {
  return useQuery(tokensQuery);
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTokenRequest) => body(api.POST('/api/v1/me/tokens', { body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.DELETE('/api/v1/me/tokens/{id}', { params: { path: { id } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey }),
  });
}
