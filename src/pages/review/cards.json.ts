import type { APIRoute } from 'astro';
import { reviewContent } from '../../components/review/content';

/** The review deck's cards, fetched by the review page's island when it starts (see components/review/content.ts). */
export const GET: APIRoute = async () => new Response(JSON.stringify(await reviewContent()), { headers: { 'Content-Type': 'application/json' } });
