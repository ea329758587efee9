import { Segmented, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useOutletContext, useParams } from 'react-router';
import { useIsPhone } from '../../shared/ui/use-is-phone';
import { projectsHome, tasksHome } from './paths';

/** What the session guard hands its routes (the app's `Me`), as far as the tasks screens read it. */
export interface SignedInPerson {
  person: { id: string; name: string; avatarColor: string };
}

/** The signed-in person, for the screens under `/tasks` (the layout passes the guard's context on). */
export const useSignedInPerson = () => useOutletContext<SignedInPerson>().person;

/** The tasks module's frame: a switch between My tasks and the projects over whichever is open. */
export function TasksLayout() {
  const signedIn = useOutletContext<SignedInPerson>();
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const isPhone = useIsPhone();
  const { taskId } = useParams();
  // a task opened on a phone has the whole screen, with its own way back
  const taskAlone = isPhone && taskId !== undefined;
  const inProjects = pathname === projectsHome || pathname.startsWith(`${projectsHome}/`);
  return (
    <div style={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      {!taskAlone && (
        <div
          style={{
            flex: 'none',
            padding: `${token.paddingXS}px ${token.padding}px`,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            background: token.colorBgContainer,
          }}
        >
          <Segmented
            data-testid="tasks-switch"
            value={inProjects ? 'projects' : 'mine'}
            onChange={(value) => void navigate(value === 'projects' ? projectsHome : tasksHome)}
            options={[
              { value: 'mine', label: <span data-testid="tasks-switch-mine">{t('tasks.mine.title')}</span> },
              { value: 'projects', label: <span data-testid="tasks-switch-projects">{t('tasks.projects')}</span> },
            ]}
          />
        </div>
      )}
      <div style={{ flex: 1, minHeight: 0 }}>
        <Outlet context={signedIn} />
      </div>
    </div>
  );
}
