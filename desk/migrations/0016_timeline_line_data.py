"""Timeline lines the portal writes itself keep their data (desk.timeline), so the case
page reads them in the reader's language. A nullable column: existing lines keep their
text and nothing is rewritten; pghistory's triggers are re-created with the column."""

import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0015_entrepreneur_inn_unique_per_office"),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name="caseevent",
            name="insert_insert",
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name="caseevent",
            name="update_update",
        ),
        migrations.AddField(
            model_name="caseevent",
            name="data",
            field=models.JSONField(
                blank=True, editable=False, null=True, verbose_name="line data"
            ),
        ),
        migrations.AddField(
            model_name="caseeventhistory",
            name="data",
            field=models.JSONField(
                blank=True, editable=False, null=True, verbose_name="line data"
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="caseevent",
            trigger=pgtrigger.compiler.Trigger(
                name="insert_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "desk_caseeventhistory" ("author_id", "case_id", "created_at", "data", "from_status", "id", "kind", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "to_status") VALUES (NEW."author_id", NEW."case_id", NEW."created_at", NEW."data", NEW."from_status", NEW."id", NEW."kind", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."text", NEW."to_status"); RETURN NULL;',
                    hash="504470bef6c07c33255280d5e982f8bd062b8544",
                    operation="INSERT",
                    pgid="pgtrigger_insert_insert_310a8",
                    table="desk_caseevent",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="caseevent",
            trigger=pgtrigger.compiler.Trigger(
                name="update_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition="WHEN (OLD.* IS DISTINCT FROM NEW.*)",
                    func='INSERT INTO "desk_caseeventhistory" ("author_id", "case_id", "created_at", "data", "from_status", "id", "kind", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "to_status") VALUES (NEW."author_id", NEW."case_id", NEW."created_at", NEW."data", NEW."from_status", NEW."id", NEW."kind", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."text", NEW."to_status"); RETURN NULL;',
                    hash="f2af97a6438c5a264d8ca61a79d7b1b6e5120db4",
                    operation="UPDATE",
                    pgid="pgtrigger_update_update_d560c",
                    table="desk_caseevent",
                    when="AFTER",
                ),
            ),
        ),
    ]
