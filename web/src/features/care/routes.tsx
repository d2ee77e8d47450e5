import type { RouteObject } from 'react-router';

export const careRoutes: RouteObject[] = [];
