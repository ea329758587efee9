import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import { fieldErrorMessage, problemMessage } from '../i18n/problem-message';

/** Problems that are about one field, shown on that field when the form has it rather than as a toast. */
const PROBLEM_FIELDS: Record<string, string[]> = {
  'org.email-taken': ['email'],
  'org.employee-no-taken': ['employeeNo'],
  'org.department-name-taken': ['name'],
  'org.group-name-taken': ['name'],
  'auth.password-too-weak': ['newPassword'],
  'auth.password-unchanged': ['newPassword'],
  // a password change asks for the current one; a re-authentication (replacing the authenticator) for the password
  'auth.bad-credentials': ['currentPassword', 'password'],
};

/**
 * Shows a failed call to the user: field errors on the form's fields when the form has them,
 * otherwise one translated message.
 */
export function useProblemHandler() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      const problem = error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'client.unexpected' });
      const registered: object = form?.getFieldsValue() ?? {};
      const known = problem.errors.filter((fieldError) => fieldError.field in registered);
      if (form && known.length > 0) {
        form.setFields(
          known.map((fieldError) => ({ name: fieldError.field, errors: [fieldErrorMessage(fieldError, t)] })),
        );
        return;
      }
      const field = PROBLEM_FIELDS[problem.code]?.find((name) => name in registered);
      if (form && field) {
        form.setFields([{ name: field, errors: [problemMessage(problem, t)] }]);
        return;
      }
      void message.error(problemMessage(problem, t));
    },
    [message, t],
  );
}
