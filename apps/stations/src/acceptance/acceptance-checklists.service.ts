import { Injectable } from '@nestjs/common';
import { Actor, Page, PageRequest } from '@waystation/contracts';
import { findPageById } from '@waystation/platform';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AcceptanceManagementNotAllowedError, AcceptanceTemplateNotFoundError } from './acceptance-errors';
import { AcceptanceTemplate, ChecklistItem } from './acceptance-template.entity';

export interface NewChecklist {
  name: string;
  items: ChecklistItem[];
}

/** The acceptance checklists the city office sets; a template is never changed, a new one replaces it. */
@Injectable()
export class AcceptanceChecklists {
  constructor(private readonly dataSource: DataSource) {}

  async create(actor: Actor, command: NewChecklist): Promise<AcceptanceTemplate> {
    if (actor.role !== 'admin') throw new AcceptanceManagementNotAllowedError(actor.role);
    const template = this.dataSource.manager.create(AcceptanceTemplate, {
      id: uuidv7(),
      name: command.name,
      items: command.items,
      createdBy: actor.id,
      createdAt: new Date(),
    });
    await this.dataSource.manager.insert(AcceptanceTemplate, template);
    return template;
  }

  list(page: PageRequest): Promise<Page<AcceptanceTemplate>> {
    return findPageById(this.dataSource.getRepository(AcceptanceTemplate), {}, page);
  }

  /** The template named, or the newest one (the migration seeds a default, so there always is one). */
  async resolve(manager: EntityManager, templateId: string | undefined): Promise<AcceptanceTemplate> {
    const repository = manager.getRepository(AcceptanceTemplate);
    const template = templateId
      ? await repository.findOneBy({ id: templateId })
      : await repository.findOne({ where: {}, order: { id: 'DESC' } });
    if (!template) throw new AcceptanceTemplateNotFoundError(templateId ?? '(newest)');
    return template;
  }
}
