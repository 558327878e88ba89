import type { RouteModule } from '../../server/routing.js';
import { IdParams, operationRoute } from '../../server/routing.js';
import { getBody } from '../registry/queries.js';
import { listRanks, rankTable } from './queries.js';
import { presentRankTable, RankTableView, SortedListView } from './presenters.js';
import { setRanks } from './setRanks.js';
import { sortList, SortListInput } from './sortList.js';

const tags = ['protocol'];
const security = [{ bearer: [] }];

export const protocolRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;

  app.get(
    '/api/bodies/:id/ranks',
    { schema: { operationId: 'protocol.getRanks', tags, security, summary: "A body's rank table for protocol order", params: IdParams, response: { 200: RankTableView } }, config: { access: 'registry.view' } },
    async (req) => {
      await getBody(db, req.params.id);
      return presentRankTable(req.params.id, await listRanks(db, req.params.id));
    },
  );
  operationRoute(app, runtime, { method: 'PUT', url: '/api/bodies/:id/ranks', op: setRanks, tag: 'protocol', summary: "Set (replace) a body's rank table", params: { id: 'bodyId' } });

  app.post(
    '/api/protocol/sort',
    { schema: { operationId: 'protocol.sortList', tags, security, summary: 'Order names by strokes (以姓氏笔画为序) or by office (按职务排序)', body: SortListInput, response: { 200: SortedListView } }, config: { access: 'registry.view' } },
    async (req) => {
      const bodyId = req.body.bodyId;
      let ranks = new Map<string, number>();
      if (bodyId !== undefined) {
        await getBody(db, bodyId);
        ranks = await rankTable(db, bodyId);
      }
      return sortList(req.body, ranks);
    },
  );
};
