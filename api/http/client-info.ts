import type { Request } from 'express';
import type { ClientInfo } from '../../services/accounts/deps.ts';

/** The caller's IP and user agent, as recorded on sessions and used for rate limits. */
export const clientInfo = (req: Request): ClientInfo => ({ ip: req.ip ?? 'unknown', userAgent: req.get('user-agent') });
