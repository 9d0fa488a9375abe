-- Shop and durable purchases: the catalog, the purchase read model, accepted webhook events, the audit log.

CREATE TABLE "products" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "gold" INTEGER NOT NULL,
    "list_price_cents" INTEGER NOT NULL,
    "discount_percent" INTEGER NOT NULL DEFAULT 0,
    "discount_ends_at" TIMESTAMPTZ(3),
    "currency" VARCHAR(3) NOT NULL DEFAULT 'USD',
    "catalog_version" INTEGER NOT NULL DEFAULT 1,
    "vip_only" BOOLEAN NOT NULL DEFAULT false,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "products_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "products_gold_positive" CHECK ("gold" > 0),
    CONSTRAINT "products_price_positive" CHECK ("list_price_cents" > 0),
    CONSTRAINT "products_discount_range" CHECK ("discount_percent" BETWEEN 0 AND 90)
);

CREATE TYPE "purchase_status" AS ENUM ('pending', 'success', 'failed', 'refunded');

CREATE TABLE "purchases" (
    "receipt_code" VARCHAR(40) NOT NULL,
    "user_id" UUID NOT NULL,
    "product_id" INTEGER NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "gold" INTEGER NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" "purchase_status" NOT NULL DEFAULT 'pending',
    "phase" VARCHAR(40) NOT NULL DEFAULT 'authorizing',
    "failure_reason" VARCHAR(200),
    "provider_payment_id" VARCHAR(100),
    "workflow_id" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),
    CONSTRAINT "purchases_pkey" PRIMARY KEY ("receipt_code"),
    CONSTRAINT "purchases_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "purchases_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "purchases_user_id_idempotency_key_key" ON "purchases"("user_id", "idempotency_key");
CREATE INDEX "purchases_status_created_at_idx" ON "purchases"("status", "created_at");
CREATE INDEX "purchases_user_id_created_at_idx" ON "purchases"("user_id", "created_at");

-- Status moves one way: pending -> success | failed, success -> refunded.
CREATE FUNCTION "purchases_status_one_way"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> OLD.status AND NOT (
    (OLD.status = 'pending' AND NEW.status IN ('success', 'failed')) OR
    (OLD.status = 'success' AND NEW.status = 'refunded')
  ) THEN
    RAISE EXCEPTION 'purchase % cannot move from % to %', OLD.receipt_code, OLD.status, NEW.status;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "purchases_status_transition" BEFORE UPDATE ON "purchases"
  FOR EACH ROW EXECUTE FUNCTION "purchases_status_one_way"();

CREATE TABLE "payment_webhook_events" (
    "event_id" VARCHAR(100) NOT NULL,
    "receipt_code" VARCHAR(40) NOT NULL,
    "status" VARCHAR(40) NOT NULL,
    "payload" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "payment_webhook_events_pkey" PRIMARY KEY ("event_id")
);
CREATE INDEX "payment_webhook_events_receipt_code_idx" ON "payment_webhook_events"("receipt_code");

CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "admin_id" UUID NOT NULL,
    "action" VARCHAR(80) NOT NULL,
    "target_type" VARCHAR(40) NOT NULL,
    "target_id" VARCHAR(200) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "details" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_log_target_type_target_id_idx" ON "audit_log"("target_type", "target_id");
CREATE INDEX "audit_log_admin_id_created_at_idx" ON "audit_log"("admin_id", "created_at");
