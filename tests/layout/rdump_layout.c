/*
 * Test fixture: prints the offsets of the engine structures the tests read
 * in a dump (tests/rdump_test.inc, rdump_test_stack()), as "name value"
 * lines, for the PHP whose headers it is compiled against. Independent of
 * rdump itself: the tests read the dump the way reli does, with the
 * engine's own layout.
 *
 * SPDX-License-Identifier: MIT
 */

#include "php.h"
#include "zend_globals.h"
#include <stdio.h>

#define OFF(t, m) printf("%s.%s %zu\n", #t, #m, (size_t)offsetof(t, m))
#define SIZE(t) printf("sizeof.%s %zu\n", #t, sizeof(t))

int main(void)
{
	OFF(zend_executor_globals, current_execute_data);
	OFF(zend_executor_globals, exception);
	OFF(zend_executor_globals, opline_before_exception);
	OFF(zend_executor_globals, exception_op);
	OFF(zend_executor_globals, objects_store);
	OFF(zend_objects_store, object_buckets);
	OFF(zend_objects_store, top);
	OFF(zend_execute_data, opline);
	OFF(zend_execute_data, func);
	OFF(zend_execute_data, prev_execute_data);
	OFF(zend_op, lineno);
	SIZE(zend_op);
	OFF(zend_function, type);
	OFF(zend_function, common.function_name);
	OFF(zend_function, common.scope);
	OFF(zend_function, op_array.filename);
	OFF(zend_function, op_array.opcodes);
	OFF(zend_function, op_array.last);
	OFF(zend_string, len);
	OFF(zend_string, val);
	OFF(zend_class_entry, name);
	OFF(zend_object, ce);
	printf("ZEND_USER_FUNCTION %d\n", ZEND_USER_FUNCTION);
	return 0;
}
