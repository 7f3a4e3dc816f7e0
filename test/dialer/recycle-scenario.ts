import {
  Campaign,
  CampaignState,
  CampaignType,
  Contact,
  DialerContact,
  DialerContactStatus,
  DialOutcome,
  Disposition,
  DispositionOption,
  type Orm,
} from '@switchboard/schema';
import { addContact, createCampaign, createDatabase, createOption } from '../support/contact-factory.js';

/**
 * A finished DIALER campaign whose contacts ended every way: dispositioned with each option,
 * each call outcome, never dialed, and one on a call right now.
 */
export async function finishedCampaign(orm: Orm) {
  const database = await createDatabase(orm);
  const campaign = await createCampaign(orm, {
    type: CampaignType.DIALER,
    database,
    state: CampaignState.FINISHED,
  });
  const sale = await createOption(orm, campaign, { name: 'Sale' });
  const wrong = await createOption(orm, campaign, { name: 'Wrong number' });
  const contact = async (
    outcome: DialOutcome | null,
    option: DispositionOption | null,
    status = DialerContactStatus.DONE,
  ) => {
    const created = await addContact(orm, database);
    const em = orm.em.fork();
    if (outcome) {
      em.persist(
        Object.assign(new DialerContact(), {
          campaign: em.getReference(Campaign, campaign.id),
          contact: em.getReference(Contact, created.id),
          status,
          attempts: 3,
          attemptsByOutcome: { [outcome]: 3 },
          phoneIndex: 1,
          lastOutcome: outcome,
        }),
      );
    }
    if (option) {
      em.persist(
        Object.assign(new Disposition(), {
          campaign: em.getReference(Campaign, campaign.id),
          contact: em.getReference(Contact, created.id),
          option: em.getReference(DispositionOption, option.id),
        }),
      );
    }
    await em.flush();
    return created;
  };
  const contacts = {
    sold: await contact(DialOutcome.CONNECTED, sale),
    wrongNumber: await contact(DialOutcome.CONNECTED, wrong),
    noAnswer: await contact(DialOutcome.NO_ANSWER, null),
    busy: await contact(DialOutcome.BUSY, null),
    machine: await contact(DialOutcome.MACHINE, null),
    neverDialed: await contact(null, null),
    onCall: await contact(DialOutcome.NO_ANSWER, null, DialerContactStatus.DIALING),
  };
  return { database, campaign, sale, wrong, contacts };
}
