import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ME_KEY } from '../features/auth';
import { onApiProblem } from '../shared/api/client';
import { isProblem } from '../shared/api/problem';
import './global.css';
import { router } from './routes';
import { theme } from './theme';

const FORCED_STEP_CODES = new Set(['auth.password-change-required', 'auth.mfa-enrolment-required']);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => failures < 2 && !(isProblem(error) && error.status >= 400 && error.status < 500),
      staleTime: 15_000,
    },
  },
});

/** A lapsed session or a newly forced step anywhere sends the user back through the session guard. */
function useSessionProblems() {
  useEffect(
    () =>
      onApiProblem((problem) => {
        if (problem.code === 'auth.required') {
          queryClient.setQueryData(ME_KEY, null);
        } else if (FORCED_STEP_CODES.has(problem.code)) {
          void queryClient.invalidateQueries({ queryKey: ME_KEY });
        }
      }),
    [],
  );
}

export function App() {
  const { i18n } = useTranslation();
  const chinese = i18n.language === 'zh-CN';
  dayjs.locale(chinese ? 'zh-cn' : 'en');
  useSessionProblems();
  return (
    <ConfigProvider locale={chinese ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
