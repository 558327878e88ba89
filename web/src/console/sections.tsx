/**
 * The console's sections, one per line: the address (`/console/<key>`), the permission that shows
 * it, and its page, loaded when first opened (each section is its own chunk).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Permission } from '@server/server/permissions.js';

export interface SectionProps {
  /** The address below the section's own, e.g. `/12` in `/console/roster/12`. */
  rest: string;
}

export interface Section {
  key: 'sessions' | 'roster' | 'desk' | 'attendance' | 'voting' | 'elections' | 'protocol' | 'script' | 'documents' | 'proposals' | 'units';
  /** Shown when the account holds any of these. */
  permissions: Permission[];
  /** And only to these roles, when given: a handling unit's own page is for a unit's account (staff enter a paper reply from the proposal). */
  roles?: string[];
  page: LazyExoticComponent<ComponentType<SectionProps>>;
}

export const SECTIONS: Section[] = [
  { key: 'sessions', permissions: ['meeting.manage'], page: lazy(() => import('./sessions/SessionsSection.js')) },
  { key: 'roster', permissions: ['roster.view'], page: lazy(() => import('./roster/RosterSection.js')) },
  { key: 'desk', permissions: ['attendance.manage'], page: lazy(() => import('./desk/DeskSection.js')) },
  { key: 'attendance', permissions: ['attendance.view'], page: lazy(() => import('./attendance/AttendanceSection.js')) },
  { key: 'voting', permissions: ['voting.manage'], page: lazy(() => import('./voting/VotingSection.js')) },
  { key: 'elections', permissions: ['voting.manage'], page: lazy(() => import('./elections/ElectionsSection.js')) },
  { key: 'protocol', permissions: ['registry.view'], page: lazy(() => import('./protocol/ProtocolSection.js')) },
  { key: 'script', permissions: ['documents.generate'], page: lazy(() => import('./script/ScriptSection.js')) },
  { key: 'documents', permissions: ['documents.generate', 'documents.release'], page: lazy(() => import('./documents/DocumentsSection.js')) },
  { key: 'proposals', permissions: ['proposals.view'], page: lazy(() => import('./proposals/ProposalsSection.js')) },
  { key: 'units', permissions: ['proposals.handle'], roles: ['unit'], page: lazy(() => import('./units/UnitsSection.js')) },
];

export const sectionsFor = (held: readonly string[], role: string) => SECTIONS.filter((s) => s.permissions.some((p) => held.includes(p)) && (!s.roles || s.roles.includes(role)));
