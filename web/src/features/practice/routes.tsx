import type { RouteObject } from 'react-router';

export const practiceRoutes: RouteObject[] = [];
