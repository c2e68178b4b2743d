/** The synthetic company's teams and services (40 services, 12 teams). */

export interface Team {
  id: string;
  name: string;
  description: string;
}

export interface Service {
  id: string;
  name: string;
  team: string;
  description: string;
  /** How prose names it: "the checkout service". */
  noun: string;
}

export const TEAMS: Team[] = [
  { id: 'platform', name: 'Platform', description: 'The shared runtime, job scheduling and the build pipeline.' },
  { id: 'payments', name: 'Payments', description: 'Checkout and everything that moves money.' },
  { id: 'fulfillment', name: 'Fulfillment', description: 'Inventory, picking and delivery routing.' },
  { id: 'discovery', name: 'Discovery', description: 'Storefront, catalogue, search and recommendations.' },
  { id: 'identity', name: 'Identity', description: 'Accounts, sign-in and internal tooling access.' },
  { id: 'data', name: 'Data', description: 'Pipelines, reporting and the models behind ETAs.' },
  { id: 'mobile', name: 'Mobile', description: 'The customer and driver apps and their backends.' },
  { id: 'messaging', name: 'Messaging', description: 'Notifications, the event bus and outbound channels.' },
  { id: 'storage', name: 'Storage', description: 'Databases, caches and object storage.' },
  { id: 'networking', name: 'Networking', description: 'Edge, DNS, the gateway and the service mesh.' },
  { id: 'growth', name: 'Growth', description: 'Pricing, promotions, loyalty and campaigns.' },
  { id: 'sre', name: 'Site reliability', description: 'Incident response, observability and capacity planning.' },
];

const service = (id: string, name: string, team: string, description: string, noun: string): Service => ({
  id,
  name,
  team,
  description,
  noun,
});

export const SERVICES: Service[] = [
  service('storefront-web', 'Storefront (web)', 'discovery', 'The customer-facing web shop.', 'the web storefront'),
  service('mobile-api', 'Mobile API', 'mobile', 'Backend-for-frontend of the iOS and Android apps.', 'the mobile API'),
  service('api-gateway', 'API gateway', 'networking', 'Edge routing, TLS and rate limits.', 'the API gateway'),
  service('checkout', 'Checkout', 'payments', 'Basket, order placement and confirmation.', 'the checkout service'),
  service('payments', 'Payments', 'payments', 'Card authorisation and provider integrations.', 'the payments service'),
  service(
    'payment-webhooks',
    'Payment webhooks',
    'payments',
    'Callbacks from payment providers.',
    'the webhook receiver',
  ),
  service('fraud-scoring', 'Fraud scoring', 'payments', 'Risk scores for every order.', 'the fraud-scoring service'),
  service('refunds', 'Refunds', 'payments', 'Refunds and order adjustments.', 'the refunds service'),
  service('inventory', 'Inventory', 'fulfillment', 'Stock levels per store.', 'the inventory service'),
  service('warehouse-sync', 'Warehouse sync', 'fulfillment', 'Sync with the warehouse system.', 'warehouse sync'),
  service('delivery-routing', 'Delivery routing', 'fulfillment', 'Plans driver routes.', 'the routing service'),
  service('order-tracking', 'Order tracking', 'fulfillment', 'Live order status for customers.', 'order tracking'),
  service('driver-app-backend', 'Driver app backend', 'mobile', 'API of the driver app.', 'the driver app backend'),
  service('search', 'Product search', 'discovery', 'Search over the product catalogue.', 'product search'),
  service(
    'recommendations',
    'Recommendations',
    'discovery',
    'Personalised product rows.',
    'the recommendations service',
  ),
  service('catalogue', 'Catalogue', 'discovery', 'Products, prices shown and images.', 'the catalogue service'),
  service('pricing', 'Pricing', 'growth', 'Price rules and price lists.', 'the pricing service'),
  service('promotions', 'Promotions', 'growth', 'Vouchers and basket discounts.', 'the promotions service'),
  service('loyalty', 'Loyalty', 'growth', 'Points and member offers.', 'the loyalty service'),
  service('email-campaigns', 'Email campaigns', 'growth', 'Marketing e-mail sends.', 'the campaign sender'),
  service('notifications', 'Notifications', 'messaging', 'Order and delivery messages.', 'the notifications service'),
  service('push-gateway', 'Push gateway', 'messaging', 'Delivery to APNs and FCM.', 'the push gateway'),
  service('sms-gateway', 'SMS gateway', 'messaging', 'Text messages through two providers.', 'the SMS gateway'),
  service('event-bus', 'Event bus', 'messaging', 'The Kafka clusters between services.', 'the event bus'),
  service('auth', 'Authentication', 'identity', 'Sign-in, tokens and sessions.', 'the auth service'),
  service('session-store', 'Session store', 'identity', 'Redis cluster holding sessions.', 'the session store'),
  service('admin-console', 'Admin console', 'identity', 'Internal tool for support and ops.', 'the admin console'),
  service('customer-accounts', 'Customer accounts', 'identity', 'Profiles and addresses.', 'the accounts service'),
  service('data-pipeline', 'Data pipeline', 'data', 'Batch and streaming ETL.', 'the data pipeline'),
  service('reporting', 'Reporting', 'data', 'Dashboards for the business.', 'the reporting service'),
  service('eta-model', 'ETA model', 'data', 'Predicted delivery times.', 'the ETA model'),
  service('feature-store', 'Feature store', 'data', 'Features for the models.', 'the feature store'),
  service('edge-cdn', 'Edge CDN', 'networking', 'Static assets and page cache.', 'the CDN'),
  service('dns', 'DNS', 'networking', 'Public and internal zones.', 'DNS'),
  service('service-mesh', 'Service mesh', 'networking', 'mTLS and routing between services.', 'the service mesh'),
  service('orders-db', 'Orders database', 'storage', 'The primary PostgreSQL cluster.', 'the orders database'),
  service('object-storage', 'Object storage', 'storage', 'Buckets for images and exports.', 'object storage'),
  service('cache-cluster', 'Cache cluster', 'storage', 'Shared Memcached and Redis.', 'the cache cluster'),
  service('job-scheduler', 'Job scheduler', 'platform', 'Cron-style jobs for every team.', 'the job scheduler'),
  service('ci-pipeline', 'CI pipeline', 'platform', 'Builds and deploys.', 'the CI pipeline'),
];

/** Time zones incidents are written in, with the cloud region named in prose. */
export const ZONES: { zone: string; region: string; weight: number }[] = [
  { zone: 'America/Los_Angeles', region: 'us-west-2', weight: 5 },
  { zone: 'America/New_York', region: 'us-east-1', weight: 5 },
  { zone: 'Europe/Berlin', region: 'eu-central-1', weight: 5 },
  { zone: 'Europe/London', region: 'eu-west-2', weight: 3 },
  { zone: 'UTC', region: 'eu-west-1', weight: 3 },
  { zone: 'Asia/Kolkata', region: 'ap-south-1', weight: 2 },
  { zone: 'Australia/Sydney', region: 'ap-southeast-2', weight: 2 },
  { zone: 'America/Sao_Paulo', region: 'sa-east-1', weight: 1 },
];

/** Short handles of the people who write postmortems and own action items. */
export const PEOPLE = [
  'aisha', 'bruno', 'chen', 'dana', 'elif', 'farid', 'greta', 'hiro', 'ines', 'jonas', 'kenji', 'lena',
  'marta', 'nadia', 'omar', 'priya', 'quentin', 'rosa', 'sam', 'tomasz', 'uma', 'viktor', 'wen', 'yusuf',
  'zoe', 'amara', 'bjorn', 'carla', 'dev', 'emma', 'felix', 'gita', 'hugo', 'ivana', 'jamal', 'kai',
]; // prettier-ignore
