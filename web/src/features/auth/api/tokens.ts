import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type ApiToken = components['schemas']['ApiTokenView'];
export type CreateTokenRequest = components['schemas']['CreateTokenRequest'];
export type TokenScope = CreateTokenRequest['scopes'][number];

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
