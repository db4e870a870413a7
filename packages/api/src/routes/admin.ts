import type { Router } from '../routing';

export function registerAdminRoutes(_router: Router): void {}
