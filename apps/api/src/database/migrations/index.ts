import { PlanMonitoring1796315028713 } from './1796315028713-PlanMonitoring';
import { PlanStageDescription1796314984791 } from './1796314984791-PlanStageDescription';
import { Plans1796314523068 } from './1796314523068-Plans';
import { IllustrativeMarker1796304647892 } from './1796304647892-IllustrativeMarker';
import { AuditAppendOnly1796297085976 } from './1796297085976-AuditAppendOnly';
import { SignInThrottle1796297321295 } from './1796297321295-SignInThrottle';
import { NetworkInvitations1796294072379 } from './1796294072379-NetworkInvitations';
import { NetworkMembershipConsent1796293797027 } from './1796293797027-NetworkMembershipConsent';
import { AssignmentPlanGreedyScore1795397719915 } from './1795397719915-AssignmentPlanGreedyScore';
import { DiagnosticsAndRoutes1795397087294 } from './1795397087294-DiagnosticsAndRoutes';
import { DiaryAndSurveys1795393533211 } from './1795393533211-DiaryAndSurveys';
import { Mentoring1795392008071 } from './1795392008071-Mentoring';
import { Associations1795391145199 } from './1795391145199-Associations';
import { Networks1795390931455 } from './1795390931455-Networks';
import { Initial1795389000205 } from './1795389000205-Initial';
/** Checked-in migrations, oldest first. `npm run cli -- migrate generate <Name>` appends here. */
export const MIGRATIONS: Function[] = [Initial1795389000205, Networks1795390931455, Associations1795391145199, Mentoring1795392008071, DiaryAndSurveys1795393533211, DiagnosticsAndRoutes1795397087294, AssignmentPlanGreedyScore1795397719915, NetworkMembershipConsent1796293797027, NetworkInvitations1796294072379, AuditAppendOnly1796297085976, SignInThrottle1796297321295, IllustrativeMarker1796304647892, Plans1796314523068, PlanStageDescription1796314984791, PlanMonitoring1796315028713];
