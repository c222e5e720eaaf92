import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AdminLayout } from './AdminLayout';
import { Dashboard } from './preload';

const EnterpriseList = lazy(() => import('../features/enterprises/EnterpriseList'));
const EnterpriseDetail = lazy(() => import('../features/enterprises/EnterpriseDetail'));
const FindingList = lazy(() => import('../features/findings/FindingList'));
const FindingDetail = lazy(() => import('../features/findings/FindingDetail'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const UserList = lazy(() => import('../features/users/UserList'));
const TemplateList = lazy(() => import('../features/templates/TemplateList'));
const TemplateEditor = lazy(() => import('../features/templates/TemplateEditor'));
const TaskList = lazy(() => import('../features/tasks/TaskList'));
const TaskWizard = lazy(() => import('../features/tasks/TaskWizard'));
const TaskDetail = lazy(() => import('../features/tasks/TaskDetail'));
const WarningList = lazy(() => import('../features/warnings/WarningList'));
const WarningForm = lazy(() => import('../features/warnings/WarningForm'));
const WarningBoard = lazy(() => import('../features/warnings/WarningBoard'));
const ChannelList = lazy(() => import('../features/warnings/ChannelList'));
const PlanImport = lazy(() => import('../features/warnings/PlanImport'));

/** The administrators' and experts' pages, loaded only for them. */
export default function AdminShell() {
  return (
    <AdminLayout>
      <Suspense fallback={<div className="center"><Spin /></div>}>
        <Routes>
          <Route index element={<Dashboard />} />
          <Route path="enterprises" element={<EnterpriseList />} />
          <Route path="enterprises/:id" element={<EnterpriseDetail />} />
          <Route path="templates" element={<TemplateList />} />
          <Route path="templates/:id" element={<TemplateEditor />} />
          <Route path="tasks" element={<TaskList />} />
          <Route path="tasks/new" element={<TaskWizard />} />
          <Route path="tasks/:id" element={<TaskDetail />} />
          <Route path="findings" element={<FindingList />} />
          <Route path="review" element={<Navigate to="/findings?queue=1" replace />} />
          <Route path="findings/:id" element={<FindingDetail />} />
          <Route path="warnings" element={<WarningList />} />
          <Route path="warnings/new" element={<WarningForm />} />
          <Route path="warnings/:id/edit" element={<WarningForm />} />
          <Route path="warnings/channels" element={<ChannelList />} />
          <Route path="warnings/plans" element={<PlanImport />} />
          <Route path="warnings/:id" element={<WarningBoard />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="users" element={<UserList />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </AdminLayout>
  );
}
