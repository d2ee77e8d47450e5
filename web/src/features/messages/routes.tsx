import type { RouteObject } from 'react-router';
import { RequireRole } from '@/app/RequireRole';
import { MessagesPage } from './MessagesPage';

// Patients and doctors alike; a signed-out visitor following an email's link signs in first and
// comes back to the conversation.
export const messageRoutes: RouteObject[] = [
  {
    element: <RequireRole />,
    children: [{ path: 'messages/:userId?', element: <MessagesPage /> }],
  },
];
