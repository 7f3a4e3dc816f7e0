import type { EntityManager } from '@mikro-orm/postgresql';

export interface LoggedSession {
  agentId: string;
  loggedInAt: Date;
  /** The pause the log shows the agent in (pause id, ACW or SUPERVISOR), if any. */
  pauseId: string | null;
}

/**
 * Sessions the agent-activity log shows as open: agents whose latest LOGIN / LOGOUT row is a
 * LOGIN, with the pause they held last. What Redis held is rebuilt from this when Redis lost it.
 */
export async function openSessionsInLog(em: EntityManager, since: Date): Promise<LoggedSession[]> {
  const rows = await em.getConnection().execute<{ agent_id: string; occurred_at: Date; pause_id: string | null }[]>(
    `with latest_login as (
       select distinct on (agent_id) agent_id, type, occurred_at
       from agent_activities
       where type in ('LOGIN', 'LOGOUT') and occurred_at >= ?
       order by agent_id, occurred_at desc, id desc
     )
     select l.agent_id, l.occurred_at,
       (select case when p.type = 'PAUSE' then p.pause_id end
          from agent_activities p
          where p.agent_id = l.agent_id and p.type in ('PAUSE', 'UNPAUSE') and p.occurred_at >= l.occurred_at
          order by p.occurred_at desc, p.id desc limit 1) as pause_id
     from latest_login l
     where l.type = 'LOGIN'`,
    [since],
  );
  return rows.map((row) => ({ agentId: row.agent_id, loggedInAt: new Date(row.occurred_at), pauseId: row.pause_id }));
}
