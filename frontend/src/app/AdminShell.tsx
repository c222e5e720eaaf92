import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AdminLayout } from './AdminLayout';
import { Dashboard } from './preload';
import { useAuth } from './auth';
import { access, type Access } from './access';

const EnterpriseList = lazy(() => import('../features/admin/EnterpriseList'));
const EnterpriseDetail = lazy(() => import('../features/admin/EnterpriseDetail'));
const FindingList = lazy(() => import('../features/rectify/FindingList'));
const FindingDetail = lazy(() => import('../features/rectify/FindingDetail'));
const NotificationsPage = lazy(() => import('../features/notify/NotificationsPage'));
const UserList = lazy(() => import('../features/admin/UserList'));
const TemplateList = lazy(() => import('../features/templates/TemplateList'));
const TemplateEditor = lazy(() => import('../features/templates/TemplateEditor'));
const TaskList = lazy(() => import('../features/selfcheck/TaskList'));
const TaskWizard = lazy(() => import('../features/selfcheck/TaskWizard'));
const TaskDetail = lazy(() => import('../features/selfcheck/TaskDetail'));
const WarningList = lazy(() => import('../features/warning/WarningList'));
const WarningForm = lazy(() => import('../features/warning/WarningForm'));
const WarningBoard = lazy(() => import('../features/warning/WarningBoard'));
const ChannelList = lazy(() => import('../features/warning/ChannelList'));
const PlanImport = lazy(() => import('../features/warning/PlanImport'));
const QuestionQueue = lazy(() => import('../features/consult/QuestionQueue'));
const QuestionPage = lazy(() => import('../features/consult/QuestionPage'));
const ProblemList = lazy(() => import('../features/visit/ProblemList'));
const VisitList = lazy(() => import('../features/visit/VisitList'));
const VisitPage = lazy(() => import('../features/visit/VisitPage'));
const TrainingAdmin = lazy(() => import('../features/training/TrainingAdmin'));
const LawsPage = lazy(() => import('../features/laws/LawsPage'));
const ReportBuilder = lazy(() => import('../features/report/ReportBuilder'));
const APIKeyList = lazy(() => import('../features/partner/APIKeyList'));
const RegistryImport = lazy(() => import('../features/admin/RegistryImport'));
const ExportJobsPage = lazy(() => import('../features/exchange/ExportJobs'));
const Forbidden = lazy(() => import('./Forbidden'));

/** A page only some may use: the others get the 403 page (the server would refuse them anyway). */
function Allowed({ page, children }: { page: keyof Access; children: ReactNode }) {
  const { me } = useAuth();
  return access(me)[page] ? children : <Forbidden />;
}

/** The administrators' and experts' pages, loaded only for them. */
export default function AdminShell() {
  return (
    <AdminLayout>
      <Suspense fallback={<div className="center"><Spin /></div>}>
        <Routes>
          <Route index element={<Dashboard />} />
          <Route path="enterprises" element={<EnterpriseList />} />
          <Route path="enterprises/import" element={<Allowed page="registryImport"><RegistryImport /></Allowed>} />
          <Route path="enterprises/:id" element={<EnterpriseDetail />} />
          <Route path="templates" element={<Allowed page="templates"><TemplateList /></Allowed>} />
          <Route path="templates/:id" element={<Allowed page="templates"><TemplateEditor /></Allowed>} />
          <Route path="tasks" element={<TaskList />} />
          <Route path="tasks/new" element={<Allowed page="newTask"><TaskWizard /></Allowed>} />
          <Route path="tasks/:id" element={<TaskDetail />} />
          <Route path="findings" element={<FindingList />} />
          <Route path="review" element={<Navigate to="/findings?queue=1" replace />} />
          <Route path="findings/:id" element={<FindingDetail />} />
          <Route path="warnings" element={<WarningList />} />
          <Route path="warnings/new" element={<Allowed page="newWarning"><WarningForm /></Allowed>} />
          <Route path="warnings/:id/edit" element={<WarningForm />} />
          <Route path="warnings/channels" element={<Allowed page="warningChannels"><ChannelList /></Allowed>} />
          <Route path="warnings/plans" element={<Allowed page="planImport"><PlanImport /></Allowed>} />
          <Route path="warnings/:id" element={<WarningBoard />} />
          <Route path="problems" element={<ProblemList />} />
          <Route path="trainings" element={<TrainingAdmin />} />
          <Route path="visits" element={<VisitList />} />
          <Route path="visits/:id" element={<VisitPage />} />
          <Route path="reports" element={<ReportBuilder />} />
          <Route path="laws" element={<LawsPage />} />
          <Route path="laws/:code" element={<LawsPage />} />
          <Route path="consult" element={<QuestionQueue />} />
          <Route path="consult/:id" element={<QuestionPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="exports" element={<ExportJobsPage />} />
          <Route path="users" element={<Allowed page="users"><UserList /></Allowed>} />
          <Route path="partners" element={<Allowed page="partnerKeys"><APIKeyList /></Allowed>} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </AdminLayout>
  );
}
