import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { searchData } from '../../data/search.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(searchData(await loadSite())));
